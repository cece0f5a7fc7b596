/**
 * Worker processes: each datasheet is read and fitted in a JVM of its own, so that no PDF can hang, exhaust or
 * crash the batch that coordinates them (or the IDE it runs in). {@link org.espice.core.internal.worker.WorkerMain}
 * is the worker's main class; {@link org.espice.core.internal.worker.WorkerProcess} is one worker as the
 * coordinator sees it; {@link org.espice.core.internal.worker.Wire} is what they say to each other, one framed JSON
 * line at a time. The public face is {@link org.espice.core.batch.WorkerPool}.
 */
package org.espice.core.internal.worker;
