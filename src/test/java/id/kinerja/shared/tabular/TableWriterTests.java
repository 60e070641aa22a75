package id.kinerja.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTests {

	@Test
	void writesCsvWithBomQuotingAndAnApostropheBeforeFormulas() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.open(TableFormat.CSV, out, "x")) {
			writer.row("a", "b", "c", "d", "e", "f", "g");
			writer.row(Arrays.asList("=SUM(A1)", "+62", "-1", "@cmd", "\tx", "x, \"y\"", null));
		}
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFa,b,c,d,e,f,g\r\n'=SUM(A1),'+62,'-1,'@cmd,'\tx,\"x, \"\"y\"\"\",\r\n");
	}

	@Test
	void writesXlsxTextCellsThatNoSpreadsheetEvaluates() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TableWriter writer = TableWriter.open(TableFormat.XLSX, out, "Data")) {
			writer.row("nip", "jabatan");
			for (int i = 0; i < 2500; i++) {
				writer.row("198501012010011001", "=HYPERLINK(\"http://x\")");
			}
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2501);
			assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.get(1).getCellText(0)).isEqualTo("198501012010011001");
			assertThat(rows.get(2500).getCell(1).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.get(2500).getCellText(1)).isEqualTo("=HYPERLINK(\"http://x\")");
			assertThat(rows.get(2500).getCell(1).getFormula()).isNull();
		}
	}

	@Test
	void roundTripsThroughTheReader() throws IOException {
		for (TableFormat format : TableFormat.values()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (TableWriter writer = TableWriter.open(format, out, "Data")) {
				writer.row("a", "b", "c");
				writer.row("=1+1", "x;y, \"z\"", "multi\nline");
			}
			java.nio.file.Path file = java.nio.file.Files.createTempFile("round", "." + format.extension());
			try {
				java.nio.file.Files.write(file, out.toByteArray());
				TableReader.Table table = TableReader.read(file, TableReaderTests.SCHEMA, ImportProgress.NONE);
				assertThat(table.rows()).as(format.name())
					.containsExactly(new TableRow(2, List.of("=1+1", "x;y, \"z\"", "multi\nline")));
			}
			finally {
				java.nio.file.Files.deleteIfExists(file);
			}
		}
	}

}
