package id.kinerja.shared.tabular;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an imported table: CSV (UTF-8 with or without BOM, comma or semicolon, RFC 4180
 * quoting) or XLSX (the first sheet), told apart by their content. The first non-empty
 * row is the header; values are trimmed and blank rows skipped. A CSV value that an
 * export protected against formula injection ({@code '=...}) loses its apostrophe again.
 *
 * <p>
 * Message keys are the schema's prefix followed by {@link #MESSAGE_SUFFIXES}.
 */
public final class TableReader {

	/** The message key suffixes the reader uses, after the schema's prefix. */
	public static final List<String> MESSAGE_SUFFIXES = List.of("file.empty", "file.unreadable", "file.encoding",
			"file.xls", "header.unknown", "header.missing", "header.duplicate", "row.extra-value", "row.quote",
			"rejected");

	private static final Pattern DATE_FORMAT_CODE = Pattern.compile("[dy]");

	private TableReader() {
	}

	/**
	 * The columns a table must have.
	 *
	 * @param keyPrefix the prefix of the reader's message keys, ending with a dot
	 * ({@code agency.import.})
	 * @param headers the header names, in the order the values are returned
	 */
	public record Schema(String keyPrefix, List<String> headers) {

		/** Return the message key with the given suffix. */
		public String key(String suffix) {
			return this.keyPrefix + suffix;
		}

	}

	/**
	 * A table read from a file.
	 *
	 * @param rows the data rows, in file order
	 * @param errors rows that could not be read properly (their values may be partial)
	 */
	public record Table(List<TableRow> rows, List<RowError> errors) {
	}

	/**
	 * Read the file. Refuses the whole file when it cannot be read or its header is
	 * wrong.
	 */
	public static Table read(Path file, Schema schema, ImportProgress progress) {
		byte[] head = new byte[8];
		int headLength;
		try (InputStream in = Files.newInputStream(file)) {
			headLength = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw fileError(schema, "file.unreadable");
		}
		byte[] start = Arrays.copyOf(head, headLength);
		if (headLength >= 4 && ReadableWorkbook.isOOXMLZipHeader(start)) {
			return readXlsx(file, schema, progress);
		}
		if (headLength >= 8 && ReadableWorkbook.isOLE2Header(start)) {
			throw fileError(schema, "file.xls");
		}
		return readCsv(file, schema, progress);
	}

	private static ImportRejectedException fileError(Schema schema, String suffix) {
		return new ImportRejectedException(schema.key("rejected"), List.of(new RowError(0, "", schema.key(suffix))));
	}

	/** Turn a raw cell value into the value a validator sees. */
	static String clean(String raw) {
		String value = raw;
		if (value.length() > 1 && value.charAt(0) == '\'' && TableWriter.isFormulaStart(value.charAt(1))) {
			value = value.substring(1);
		}
		return value.strip();
	}

	private static final class Collector {

		private final Schema schema;

		private int[] mapping = new int[0];

		private boolean headerSeen;

		private final List<TableRow> rows = new ArrayList<>();

		private final List<RowError> errors = new ArrayList<>();

		Collector(Schema schema) {
			this.schema = schema;
		}

		/** Take one record (raw values in file order) found at the line. */
		void accept(int line, List<String> raw) {
			if (raw.stream().allMatch((value) -> clean(value).isEmpty())) {
				return;
			}
			if (!this.headerSeen) {
				header(line, raw);
				return;
			}
			String[] values = new String[this.schema.headers().size()];
			Arrays.fill(values, "");
			for (int i = 0; i < raw.size(); i++) {
				String value = clean(raw.get(i));
				int column = (i < this.mapping.length) ? this.mapping[i] : -1;
				if (column >= 0) {
					values[column] = value;
				}
				else if (!value.isEmpty()) {
					this.errors.add(new RowError(line, "", this.schema.key("row.extra-value"), i + 1));
				}
			}
			this.rows.add(new TableRow(line, List.of(values)));
		}

		private void header(int line, List<String> raw) {
			this.headerSeen = true;
			List<String> expected = this.schema.headers();
			Map<String, Integer> seen = new HashMap<>();
			this.mapping = new int[raw.size()];
			List<RowError> problems = new ArrayList<>();
			for (int i = 0; i < raw.size(); i++) {
				String name = clean(raw.get(i).replace("\uFEFF", "")).toLowerCase(Locale.ROOT);
				this.mapping[i] = -1;
				if (name.isEmpty()) {
					continue;
				}
				int column = expected.indexOf(name);
				if (column < 0) {
					problems.add(new RowError(line, name, this.schema.key("header.unknown"), name,
							String.join(", ", expected)));
				}
				else if (seen.putIfAbsent(name, i) != null) {
					problems.add(new RowError(line, name, this.schema.key("header.duplicate"), name));
				}
				else {
					this.mapping[i] = column;
				}
			}
			for (String name : expected) {
				if (!seen.containsKey(name)) {
					problems.add(new RowError(line, name, this.schema.key("header.missing"), name));
				}
			}
			if (!problems.isEmpty()) {
				throw new ImportRejectedException(this.schema.key("rejected"), problems);
			}
		}

		Table table() {
			if (!this.headerSeen) {
				throw new ImportRejectedException(this.schema.key("rejected"),
						List.of(new RowError(1, "", this.schema.key("file.empty"))));
			}
			return new Table(List.copyOf(this.rows), List.copyOf(this.errors));
		}

	}

	private static Table readXlsx(Path file, Schema schema, ImportProgress progress) {
		Collector collector = new Collector(schema);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Iterator<Row> iterator = rows.iterator();
			int count = 0;
			while (iterator.hasNext()) {
				Row row = iterator.next();
				List<String> values = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					Cell cell = row.getCell(i);
					values.add((cell != null) ? text(cell) : "");
				}
				collector.accept(row.getRowNum(), values);
				if (++count % 1000 == 0) {
					progress.report(ImportProgress.Phase.READING, count, 0);
				}
			}
		}
		catch (ImportRejectedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw fileError(schema, "file.unreadable");
		}
		return collector.table();
	}

	/** Return a cell's value as the text a person sees, dates as ISO dates. */
	static String text(Cell cell) {
		CellType type = cell.getType();
		String raw = cell.getRawValue();
		if (type == CellType.EMPTY || raw == null) {
			return "";
		}
		if (type == CellType.NUMBER) {
			if (isDateFormat(cell)) {
				return cell.asDate().toLocalDate().toString();
			}
			return numberText(raw);
		}
		if (type == CellType.BOOLEAN) {
			return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
		}
		String text = cell.getText();
		return (text != null) ? text : raw;
	}

	/**
	 * Write an integral number with all its digits ({@code 198501012010011001}). A number
	 * in scientific notation came from a floating-point value, whose digits beyond the
	 * 15th are not the ones typed: keep such a long number as written
	 * ({@code 1.98501012010011E+17}), so that the NIP check can say what happened.
	 */
	static String numberText(String raw) {
		String value = raw.strip();
		try {
			BigDecimal number = new BigDecimal(value).stripTrailingZeros();
			boolean scientific = value.indexOf('E') >= 0 || value.indexOf('e') >= 0;
			if (number.scale() <= 0) {
				String digits = number.toBigInteger().toString();
				return (scientific && digits.length() > 15) ? value : digits;
			}
			return number.toPlainString();
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private static boolean isDateFormat(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
			return true;
		}
		String format = cell.getDataFormatString();
		if (format == null) {
			return false;
		}
		String code = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
		return DATE_FORMAT_CODE.matcher(code).find();
	}

	private static Table readCsv(Path file, Schema schema, ImportProgress progress) {
		Collector collector = new Collector(schema);
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			size = 0;
		}
		long total = size;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
				BufferedReader reader = new BufferedReader(new InputStreamReader(counting, decoder), 65536)) {
			CsvParser parser = new CsvParser(reader, collector,
					() -> progress.report(ImportProgress.Phase.READING, counting.count(), total));
			parser.parse();
		}
		catch (CharacterCodingException ex) {
			throw fileError(schema, "file.encoding");
		}
		catch (IOException ex) {
			throw fileError(schema, "file.unreadable");
		}
		return collector.table();
	}

	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		long count() {
			return this.count;
		}

	}

	/** An RFC 4180 parser that tracks physical line numbers and guesses the separator. */
	private static final class CsvParser {

		private final BufferedReader reader;

		private final Collector collector;

		private final Runnable tick;

		private char separator = ',';

		private int line = 1;

		private int pending = -2;

		CsvParser(BufferedReader reader, Collector collector, Runnable tick) {
			this.reader = reader;
			this.collector = collector;
			this.tick = tick;
		}

		private int next() throws IOException {
			if (this.pending != -2) {
				int c = this.pending;
				this.pending = -2;
				return c;
			}
			return this.reader.read();
		}

		private void guessSeparator() throws IOException {
			this.reader.mark(1 << 20);
			int commas = 0;
			int semicolons = 0;
			boolean quoted = false;
			boolean content = false;
			int read = 0;
			int c;
			while ((c = this.reader.read()) >= 0 && read++ < (1 << 20) - 1) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && (c == '\n' || c == '\r')) {
					if (content) {
						break;
					}
				}
				else if (!quoted && c == ',') {
					commas++;
				}
				else if (!quoted && c == ';') {
					semicolons++;
				}
				if (c != '\n' && c != '\r' && c != '\uFEFF' && !Character.isWhitespace(c)) {
					content = true;
				}
			}
			this.reader.reset();
			this.separator = (semicolons > commas) ? ';' : ',';
		}

		void parse() throws IOException {
			guessSeparator();
			int first = this.reader.read();
			if (first >= 0 && first != '\uFEFF') {
				this.pending = first;
			}
			List<String> record = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean inQuotes = false;
			boolean quoted = false;
			int recordLine = 1;
			int quoteLine = 0;
			int records = 0;
			int c;
			while ((c = next()) >= 0) {
				if (inQuotes) {
					if (c == '"') {
						int after = next();
						if (after == '"') {
							cell.append('"');
						}
						else {
							inQuotes = false;
							this.pending = (after >= 0) ? after : -2;
							if (after < 0) {
								break;
							}
						}
					}
					else {
						if (c == '\r') {
							int after = next();
							if (after != '\n') {
								this.pending = (after >= 0) ? after : -2;
							}
							else {
								cell.append('\r');
								c = '\n';
							}
							this.line++;
						}
						else if (c == '\n') {
							this.line++;
						}
						cell.append((char) c);
					}
				}
				else if (c == this.separator) {
					record.add(cell.toString());
					cell.setLength(0);
					quoted = false;
				}
				else if (c == '"' && !quoted && cell.toString().isBlank()) {
					cell.setLength(0);
					inQuotes = true;
					quoted = true;
					quoteLine = this.line;
				}
				else if (c == '\r' || c == '\n') {
					if (c == '\r') {
						int after = next();
						if (after != '\n' && after >= 0) {
							this.pending = after;
						}
					}
					record.add(cell.toString());
					this.collector.accept(recordLine, record);
					record = new ArrayList<>();
					cell.setLength(0);
					quoted = false;
					this.line++;
					recordLine = this.line;
					if (++records % 2000 == 0) {
						this.tick.run();
					}
				}
				else {
					cell.append((char) c);
				}
			}
			if (inQuotes) {
				record.add(cell.toString());
				this.collector.accept(recordLine, record);
				this.collector.errors.add(new RowError(quoteLine, "", this.collector.schema.key("row.quote")));
				return;
			}
			if (!record.isEmpty() || cell.length() > 0) {
				record.add(cell.toString());
				this.collector.accept(recordLine, record);
			}
			this.tick.run();
		}

	}

}
