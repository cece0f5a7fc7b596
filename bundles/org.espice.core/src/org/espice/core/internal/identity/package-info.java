/**
 * Which devices a datasheet specifies. {@link org.espice.core.internal.identity.KindClassifier} tells the sheet's
 * device kind; {@link org.espice.core.internal.identity.PartFinder} finds the candidate part numbers (title
 * block, family lists and ranges; never in passing, document or marking codes), whose shape {@link
 * org.espice.core.internal.identity.PartNumbers} knows; after the tables are read, {@link
 * org.espice.core.internal.identity.DeviceIdentity} keeps the parts the sheet specifies, turns order codes into
 * aliases and gives each device its own polarity ({@link org.espice.core.internal.identity.Polarity}).
 */
package org.espice.core.internal.identity;
