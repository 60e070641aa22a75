package id.kinerja.shared.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import id.kinerja.I18nSyncTestsAccess;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TableReaderTests {

	static final TableReader.Schema SCHEMA = new TableReader.Schema("agency.import.", List.of("a", "b", "c"));

	@TempDir
	Path dir;

	Path file(String content) throws IOException {
		return file(content.getBytes(StandardCharsets.UTF_8));
	}

	Path file(byte[] content) throws IOException {
		Path file = Files.createTempFile(this.dir, "table", ".upload");
		Files.write(file, content);
		return file;
	}

	TableReader.Table read(String content) throws IOException {
		return TableReader.read(file(content), SCHEMA, ImportProgress.NONE);
	}

	@Test
	void readsCommaSeparatedValuesInSchemaOrderWithLineNumbers() throws IOException {
		TableReader.Table table = read("c,a,b\n3,1,2\n\n  6 , 4 ,5\n");
		assertThat(table.errors()).isEmpty();
		assertThat(table.rows()).containsExactly(new TableRow(2, List.of("1", "2", "3")),
				new TableRow(4, List.of("4", "5", "6")));
	}

	@Test
	void readsSemicolonsAfterAByteOrderMarkAndCrLf() throws IOException {
		TableReader.Table table = read("\uFEFFa;b;c\r\n1,5;\"x;y\";\r\n;;\r\n");
		assertThat(table.rows()).containsExactly(new TableRow(2, List.of("1,5", "x;y", "")));
	}

	@Test
	void readsQuotedValuesWithSeparatorsQuotesAndLineBreaksCountingPhysicalLines() throws IOException {
		TableReader.Table table = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");
		assertThat(table.rows()).containsExactly(new TableRow(2, List.of("x, y", "say \"hi\"", "two\nlines")),
				new TableRow(4, List.of("last", "", "")));
	}

	@Test
	void treatsMissingCellsAsEmptyAndReportsValuesWithoutAColumn() throws IOException {
		TableReader.Table table = read("a,b,c\n1\n1,2,3,4\n");
		assertThat(table.rows()).containsExactly(new TableRow(2, List.of("1", "", "")),
				new TableRow(3, List.of("1", "2", "3")));
		assertThat(table.errors()).containsExactly(new RowError(3, "", "agency.import.row.extra-value", 4));
	}

	@Test
	void reportsAnUnclosedQuoteAtTheLineWhereItOpened() throws IOException {
		TableReader.Table table = read("a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n");
		assertThat(table.errors()).containsExactly(new RowError(3, "", "agency.import.row.quote"));
	}

	@Test
	void removesTheApostropheAnExportPutBeforeAFormula() throws IOException {
		TableReader.Table table = read("a,b,c\n'=1+2,'+62 812,'Budi\n");
		assertThat(table.rows().get(0).values()).containsExactly("=1+2", "+62 812", "'Budi");
	}

	@Test
	void refusesUnknownMissingAndDuplicateHeadersTogether() {
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read("A,x,a\n1,2,3\n"))
			.satisfies((ex) -> assertThat(ex.getErrors()).containsExactly(
					new RowError(1, "x", "agency.import.header.unknown", "x", "a, b, c"),
					new RowError(1, "a", "agency.import.header.duplicate", "a"),
					new RowError(1, "b", "agency.import.header.missing", "b"),
					new RowError(1, "c", "agency.import.header.missing", "c")));
	}

	@Test
	void refusesAnEmptyFileAndTextThatIsNotUtf8() throws IOException {
		assertThatExceptionOfType(ImportRejectedException.class).isThrownBy(() -> read(""))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly(new RowError(1, "", "agency.import.file.empty")));
		Path latin1 = file("a,b,c\nJos\u00e9,,\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> TableReader.read(latin1, SCHEMA, ImportProgress.NONE))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly(new RowError(0, "", "agency.import.file.encoding")));
	}

	@Test
	void readsTheFirstSheetOfAnXlsxWithDatesAndExactNumbers() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Data");
		sheet.value(0, 0, "b");
		sheet.value(0, 1, "a");
		sheet.value(0, 2, "c");
		sheet.value(2, 0, new BigDecimal("198501012010011001"));
		sheet.value(2, 1, LocalDate.of(1985, 1, 1));
		sheet.style(2, 1).format("yyyy-mm-dd").set();
		sheet.value(2, 2, 12.0);
		sheet.value(3, 0, Double.parseDouble("198501012010011001"));
		sheet.value(3, 1, true);
		sheet.value(3, 2, "  teks  ");
		workbook.newWorksheet("Lain").value(0, 0, "ignored");
		workbook.finish();
		TableReader.Table table = TableReader.read(file(out.toByteArray()), SCHEMA, ImportProgress.NONE);
		assertThat(table.rows()).containsExactly(new TableRow(3, List.of("1985-01-01", "198501012010011001", "12")),
				new TableRow(4, List.of("TRUE", "1.98501012010011008E17", "teks")));
	}

	@Test
	void keepsLongNumbersInScientificNotationAsWritten() {
		assertThat(TableReader.numberText("1.98501E+17")).isEqualTo("1.98501E+17");
		assertThat(TableReader.numberText("198501012010011001")).isEqualTo("198501012010011001");
		assertThat(TableReader.numberText("6.2812345E+11")).isEqualTo("628123450000");
		assertThat(TableReader.numberText("3.50")).isEqualTo("3.5");
	}

	@Test
	void refusesAnUnreadableSpreadsheet() throws IOException {
		byte[] broken = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5 };
		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> TableReader.read(file(broken), SCHEMA, ImportProgress.NONE))
			.satisfies((ex) -> assertThat(ex.getErrors())
				.containsExactly(new RowError(0, "", "agency.import.file.unreadable")));
	}

	@Test
	void everyMessageOfTheReaderExistsForBothImports() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = I18nSyncTestsAccess.bundle(bundle);
			for (String prefix : new String[] { "agency.import.", "employee.import." }) {
				for (String suffix : TableReader.MESSAGE_SUFFIXES) {
					assertThat(messages.getProperty(prefix + suffix)).as(bundle + " " + prefix + suffix).isNotBlank();
				}
			}
		}
	}

}
