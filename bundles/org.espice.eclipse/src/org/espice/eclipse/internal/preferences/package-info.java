/**
 * Preference keys, defaults and typed access for the SPICE Models preferences, read by the jobs and by the
 * UI's preference page and wizard. The node keeps the name {@code org.espice.ui}, so settings saved by
 * earlier releases still apply.
 */
package org.espice.eclipse.internal.preferences;
