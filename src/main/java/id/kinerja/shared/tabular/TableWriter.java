package id.kinerja.shared.tabular;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table row by row to a stream, as CSV (UTF-8 with BOM, comma, RFC 4180 quoting)
 * or XLSX (one sheet, every cell a text cell), flushing as it goes so that large exports
 * need little memory. Protects spreadsheet users against formula injection: a CSV value
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading apostrophe (the importer removes it again); XLSX cells are text cells,
 * which a spreadsheet never evaluates.
 */
public abstract class TableWriter implements Closeable {

	/** Whether a value starting with the character could be taken for a formula. */
	public static boolean isFormulaStart(char first) {
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** Return the value as it is safe to write in a CSV cell. */
	public static String neutralise(String value) {
		return (!value.isEmpty() && isFormulaStart(value.charAt(0))) ? "'" + value : value;
	}

	/** Open a writer of the format on the stream; the sheet name is used by XLSX. */
	public static TableWriter open(TableFormat format, OutputStream out, String sheetName) {
		return (format == TableFormat.XLSX) ? new XlsxWriter(out, sheetName) : new CsvWriter(out);
	}

	/** Write one row; a null value is an empty cell. */
	public abstract void row(List<@Nullable String> values) throws IOException;

	/** Write one row. */
	public void row(String... values) throws IOException {
		row(List.of(values));
	}

	/** Finish the file (the underlying stream is flushed, not closed). */
	@Override
	public abstract void close() throws IOException;

	private static final class CsvWriter extends TableWriter {

		private final Writer writer;

		CsvWriter(OutputStream out) {
			this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
			try {
				this.writer.write('\uFEFF');
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public void row(List<@Nullable String> values) throws IOException {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					this.writer.write(',');
				}
				String value = values.get(i);
				if (value != null) {
					this.writer.write(quote(neutralise(value)));
				}
			}
			this.writer.write("\r\n");
		}

		private static String quote(String value) {
			boolean needsQuotes = false;
			for (int i = 0; i < value.length() && !needsQuotes; i++) {
				char c = value.charAt(i);
				needsQuotes = c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r';
			}
			if (!needsQuotes && !value.equals(value.strip())) {
				needsQuotes = true;
			}
			return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
		}

		@Override
		public void close() throws IOException {
			this.writer.flush();
		}

	}

	private static final class XlsxWriter extends TableWriter {

		private static final int FLUSH_EVERY = 1000;

		private final Workbook workbook;

		private final Worksheet sheet;

		private int next;

		XlsxWriter(OutputStream out, String sheetName) {
			this.workbook = new Workbook(out, "Kinerja", "1.0");
			this.sheet = this.workbook.newWorksheet(sheetName);
		}

		@Override
		public void row(List<@Nullable String> values) throws IOException {
			for (int i = 0; i < values.size(); i++) {
				String value = values.get(i);
				if (value != null && !value.isEmpty()) {
					this.sheet.inlineString(this.next, i, value);
				}
			}
			this.next++;
			if (this.next % FLUSH_EVERY == 0) {
				this.sheet.flush();
			}
		}

		@Override
		public void close() throws IOException {
			this.workbook.finish();
		}

	}

}
