package org.espice.core.internal.tables;

/**
 * One shape of table: it finds its header on a line, then reads the lines under it as rows until another table,
 * a section or a graph ends it. Column-header tables read one parameter per row; symbol-header tables one part per
 * row.
 */
interface TableShape {

	/** Takes the line as this shape's header; true when it was one and the shape now reads the rows under it. */
	boolean header(PageLine at, LineTokens tokens);

	/** Reads the line as a row of the current table; true when the line was taken. */
	boolean row(PageLine at, LineTokens tokens);

	/** Forgets the current table: another one starts, or a section or graph ends it. */
	void end();
}
