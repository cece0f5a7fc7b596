/**
 * The Eclipse user interface of ESpice: views, wizards, command handlers and the preference page over the
 * jobs and workspace model of {@code org.espice.eclipse}. The user-visible strings live in {@code Messages}.
 */
package org.espice.ui.internal;
