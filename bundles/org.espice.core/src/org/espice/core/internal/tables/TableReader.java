package org.espice.core.internal.tables;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.espice.core.DeviceKind;
import org.espice.core.Parameter;
import org.espice.core.internal.layout.PageLayout;

/**
 * Reads the rating and characteristics tables of a datasheet, line by line, through named stages: the section
 * tracker skips graphs and drawings, the two table shapes (symbol-header tables, one part per row, and
 * column-header tables, one parameter per row) find their headers and read their rows, and the post-passes add
 * what only the whole page or datasheet shows.
 */
public final class TableReader {

	/** A value read for one part ({@code part} null: for every part of the datasheet). */
	public record Reading(String part, Parameter parameter) {
	}

	private static final Logger LOG = System.getLogger(TableReader.class.getName());

	private final List<Reading> readings = new ArrayList<>();
	private final KnownParts parts;
	private final SectionTracker sections = new SectionTracker();
	private final SymbolTable symbols;
	private final ColumnTable columns;
	private final RowContinuation continuation;
	private final PostPasses post;
	private final DescribedColumns described;
	private final PackageColumns packages;

	public TableReader(DeviceKind kind, List<String> parts) {
		this.parts = new KnownParts(parts);
		this.packages = new PackageColumns(this.parts);
		ColumnHeader columnHeader = new ColumnHeader(this.parts, packages);
		LastRow lastRow = new LastRow();
		Units units = new Units(lastRow);
		this.symbols = new SymbolTable(new SymbolHeader(kind), columnHeader, this.parts, readings);
		this.continuation = new RowContinuation(readings, lastRow, units, new SymbolCells(kind, columnHeader));
		this.columns = new ColumnTable(new ColumnTable.TableContext(kind, this.parts, sections), columnHeader,
				continuation, new RowReadings(readings, lastRow, units));
		this.post = new PostPasses(kind, readings);
		this.described = new DescribedColumns(kind, this.parts, readings);
	}

	public List<Reading> read(List<PageLayout> pages, IntConsumer beforePage) {
		packages.learn(pages);
		for (PageLayout page : pages) {
			beforePage.accept(page.page());
			continuation.end();
			int first = readings.size();
			for (int i = 0; i < page.lines().size(); i++) {
				line(new PageLine(page, i));
			}
			post.sharedConditions(first);
		}
		post.statedLimits(pages);
		return readings;
	}

	/** Every part the tables named, the parts found before first. */
	public List<String> parts() {
		return parts.all();
	}

	/** One line through the stages; the first stage that takes the line ends its way. */
	private void line(PageLine at) {
		LineTokens tokens = LineTokens.of(at.line());
		if (tokens.isEmpty()) {
			return;
		}
		if (symbols.header(at, tokens)) {
			columns.end();
			continuation.end();
			return;
		}
		if (symbols.row(at, tokens)) {
			return;
		}
		if (SectionTracker.graphLine(tokens.lower(), tokens.words(), parts)) {
			LOG.log(Level.DEBUG, () -> "graph " + tokens.text());
			sections.graphStarts();
			columns.end();
			continuation.end();
			return;
		}
		if (columns.header(at, tokens)) {
			symbols.end();
			continuation.end();
			sections.tableStarts();
			return;
		}
		if (sections.title(tokens)) {
			columns.end();
			continuation.end();
		}
		if (sections.inGraph()) {
			LOG.log(Level.DEBUG, () -> "skip " + tokens.text());
			return;
		}
		if (!described.row(at, tokens)) {
			columns.row(at, tokens);
		}
	}
}
