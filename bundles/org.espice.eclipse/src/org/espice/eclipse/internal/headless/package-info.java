/**
 * The {@code org.espice.batch} Eclipse application: runs a batch on a workspace project from the command line
 * of an Eclipse installation (e.g. a build server) with no workbench, and prints a summary.
 */
package org.espice.eclipse.internal.headless;
