/**
 * The Eclipse side of ESpice that needs no UI, in the way m2e-core stands apart from m2e-core-ui: jobs,
 * the workspace model of a batch, problem markers, preferences access and the headless application. Nothing
 * here requires {@code org.eclipse.ui}, JFace or SWT, so the {@code org.espice.batch} application runs in an
 * Eclipse without a UI. This package holds the user-visible strings ({@code Messages}).
 */
package org.espice.eclipse.internal;
