/**
 * The engine's vocabulary shared by every stage: a datasheet's {@link org.espice.core.Device}s with their
 * {@link org.espice.core.Parameter}s (value, limits, unit, test conditions and the {@link org.espice.core.Provenance}
 * on the page), the {@link org.espice.core.DeviceKind}s, the {@link org.espice.core.ExtractionResult} of one PDF and
 * the {@link org.espice.core.FailureCategory} of every error a user sees. Plain Java, no Eclipse.
 */
package org.espice.core;
