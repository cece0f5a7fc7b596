/**
 * The table reader as named stages. {@link org.espice.core.internal.tables.TableReader} passes each line, its words
 * classified once as {@link org.espice.core.internal.tables.LineTokens}, through the {@link
 * org.espice.core.internal.tables.SectionTracker} (ratings, characteristics, graphs to skip) and the two {@link
 * org.espice.core.internal.tables.TableShape}s: a {@link org.espice.core.internal.tables.SymbolTable} reads one part
 * per row under a header of symbols, a {@link org.espice.core.internal.tables.ColumnTable} one parameter per row
 * under Min/Typ/Max/Value/Unit or part columns. A column table's row is named by {@link
 * org.espice.core.internal.tables.RowLabel}, carried to rows without symbol by {@link
 * org.espice.core.internal.tables.RowContinuation}, and read by {@link org.espice.core.internal.tables.RowReadings}
 * with its {@link org.espice.core.internal.tables.Units} and {@link org.espice.core.internal.tables.ValueColumns};
 * the {@link org.espice.core.internal.tables.PostPasses} then add shared condition cells and limits stated as
 * sentences. Every distance the stages tolerate is named in {@link org.espice.core.internal.tables.Tolerances}.
 * Row decisions are traced at DEBUG level through {@link java.lang.System.Logger}, one logger per stage class.
 */
package org.espice.core.internal.tables;
