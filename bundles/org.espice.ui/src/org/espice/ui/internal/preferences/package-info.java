/**
 * The SPICE Models preference page: the wizard's defaults, the completion notice switch and the ngspice path,
 * stored through {@code org.espice.eclipse.internal.preferences.EspicePreferences}.
 */
package org.espice.ui.internal.preferences;
