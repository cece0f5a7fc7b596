/**
 * Eclipse jobs around the engine's batch: {@code BatchRunJob} runs a batch and per-file {@code FileJob}s, and
 * further jobs export, report, verify with ngspice, plot curves and read the batch history. All belong to the
 * families in {@code EspiceJobFamilies}; models are written through the workspace by
 * {@code WorkspaceModelWriter} under the narrowest scheduling rule. A finished batch is announced to the
 * {@code org.espice.eclipse.batchCompletion} extension point, which is how the UI shows its notice.
 */
package org.espice.eclipse.internal.jobs;
