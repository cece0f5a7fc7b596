/**
 * Command handlers: each reads the selection or the Batch view's state and opens the wizard or schedules a job;
 * none does engine work on the UI thread. Enablement follows the batch's state (Pause only while running, ...).
 */
package org.espice.ui.internal.handlers;
