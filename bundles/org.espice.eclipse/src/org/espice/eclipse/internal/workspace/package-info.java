/**
 * What a batch reads from the workspace: the PDF datasheets under selected files, folders and projects
 * ({@code DatasheetCollector}) and the named option presets stored in a project's {@code .espice/presets}
 * ({@code ProjectPresets}).
 */
package org.espice.eclipse.internal.workspace;
