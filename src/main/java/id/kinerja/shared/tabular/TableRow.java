package id.kinerja.shared.tabular;

import java.util.List;

/**
 * One data row of an imported table: its line in the file (the header is line 1 in a file
 * that starts with it) and its values, trimmed, in the order of the schema's headers
 * (empty when the cell was empty or missing).
 *
 * @param line the line number in the file (the row number in a spreadsheet)
 * @param values the values in schema order
 */
public record TableRow(int line, List<String> values) {

	/** Return the value of the schema column with the index. */
	public String value(int column) {
		return this.values.get(column);
	}

}
