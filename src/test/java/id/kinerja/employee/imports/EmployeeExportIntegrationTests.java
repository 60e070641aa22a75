package id.kinerja.employee.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.DemoAgencyTest;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Exports in the import format: round trips, XLSX, and formula injection. */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class EmployeeExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	ImportApi api;

	@BeforeEach
	void baseStructure() throws Exception {
		this.api = new ImportApi(this.mvc);
		ImportFixture.ensure(this.api);
	}

	@Test
	void exportThenImportChangesNothingInCsvAndXlsx() throws Exception {
		this.api.employees("admin", TestEmployees.csv(
				TestEmployees.line(TestEmployees.nip('2'), "Ni Luh O'Neil", "DINUJI.BID1", ImportFixture.KABID)
					.with("gelar_depan", "dr.")
					.with("gelar_belakang", "Sp.A., M.Kes.")
					.with("email", "niluh@example.go.id")
					.with("telepon", "0361-222333"),
				TestEmployees.line(TestEmployees.pppkNip('1'), "Made Wirawan", "DINUJI.BID2", ImportFixture.KADIS)
					.with("jabatan", "Pranata Komputer Terampil")
					.with("jenis_jabatan", "FUNGSIONAL")
					.with("jenjang", "TERAMPIL")))
			.andExpect(status().isOk());
		for (String format : new String[] { "csv", "xlsx" }) {
			for (String kind : new String[] { "units", "employees" }) {
				MvcResult export = this.api.export(kind, "admin", "?format=" + format)
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Disposition",
							"attachment; filename=\"" + kind + "." + format + "\""))
					.andReturn();
				long audit = auditCount();
				this.api.upload(kind, "admin", kind + "." + format, export.getResponse().getContentAsByteArray())
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.created").value(0))
					.andExpect(jsonPath("$.updated").value(0));
				assertThat(auditCount()).as(kind + " " + format).isEqualTo(audit);
			}
		}
	}

	@Test
	void exportsTheImportHeaderAndSupervisors() throws Exception {
		String csv = this.api.export("employees", "admin", "?format=csv&unit=DINUJI")
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + TestEmployees.HEADER);
		assertThat(lines).anyMatch((line) -> line.startsWith(ImportFixture.KABID + ",")
				&& line.contains(",Kepala Bidang Satu,ADMINISTRATOR,,DINUJI.BID1," + ImportFixture.KADIS + ","));
		assertThat(lines).noneMatch((line) -> line.startsWith(ImportFixture.SEKDA));
	}

	@Test
	void neutralisesFormulasInCsvAndWritesTextCellsInXlsx() throws Exception {
		String nip = TestEmployees.nip('1');
		this.api.employees("admin",
				TestEmployees.csv(TestEmployees.line(nip, "Joko Susilo", "DINUJI.BID1", ImportFixture.KABID)
					.with("jabatan", "=HYPERLINK(\"http://example.com\",\"klik\")")
					.with("telepon", "+62 812 1111 2222")))
			.andExpect(status().isOk());
		String csv = this.api.export("employees", "admin", "?format=csv")
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String line = csv.lines().filter((l) -> l.startsWith(nip)).findFirst().orElseThrow();
		assertThat(line).contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"klik\"\")\",")
			.endsWith(",'+62 812 1111 2222");
		byte[] xlsx = this.api.export("employees", "admin", "?format=xlsx")
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = workbook.getFirstSheet()
				.read()
				.stream()
				.filter((r) -> nip.equals(r.getCellText(0)))
				.findFirst()
				.orElseThrow();
			assertThat(row.getCell(8).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCellText(8)).isEqualTo("=HYPERLINK(\"http://example.com\",\"klik\")");
			assertThat(row.getCell(8).getFormula()).isNull();
			assertThat(row.getCellText(14)).isEqualTo("+62 812 1111 2222");
		}
	}

	@Test
	void importsXlsxWithDateCellsAndNumericNipCells() throws Exception {
		String first = TestEmployees.nip('2');
		String second = TestEmployees.nip('1');
		String mangled = TestEmployees.nip('1');
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Pegawai");
		for (int c = 0; c < EmployeeImportService.HEADERS.size(); c++) {
			sheet.value(0, c, EmployeeImportService.HEADERS.get(c));
		}
		writeRow(sheet, 1, new BigDecimal(first), first, "Wayan Sudarma");
		writeRow(sheet, 2, Long.parseLong(second), second, "Ketut Arsana");
		workbook.finish();
		this.api.upload("employees", "admin", "pegawai.xlsx", out.toByteArray())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2));
		Map<String, Object> stored = this.jdbc.sql("SELECT birth_date, name FROM employee WHERE nip = ?")
			.param(first)
			.query()
			.singleRow();
		assertThat(stored.get("name")).isEqualTo("Wayan Sudarma");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM employee WHERE nip = ?").param(second).query(Long.class).single())
			.isOne();

		out = new ByteArrayOutputStream();
		workbook = new Workbook(out, "Test", "1.0");
		sheet = workbook.newWorksheet("Pegawai");
		for (int c = 0; c < EmployeeImportService.HEADERS.size(); c++) {
			sheet.value(0, c, EmployeeImportService.HEADERS.get(c));
		}
		writeRow(sheet, 1, Double.parseDouble(mangled), mangled, "Kadek Yoga");
		workbook.finish();
		MvcResult result = this.api.upload("employees", "admin", "pegawai.xlsx", out.toByteArray())
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(new ImportApi.Error(2, "nip",
				this.messages.getMessage("shared.nip.spreadsheet", null, Locale.forLanguageTag("id"))));
	}

	@Test
	void refusesAnOldXlsFile() throws Exception {
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		MvcResult result = this.api.upload("employees", "admin", "old.xls", ole)
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(new ImportApi.Error(0, "",
				this.messages.getMessage("employee.import.file.xls", null, Locale.forLanguageTag("id"))));
	}

	@Test
	void refusesAnUnknownExportFormat() throws Exception {
		this.api.export("employees", "admin", "?format=pdf")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Format \"pdf\" tidak dikenal. Pilih csv atau xlsx."));
	}

	private static void writeRow(Worksheet sheet, int r, Number nip, String nipText, String name) {
		TestEmployees.Line line = TestEmployees.line(nipText, name, "DINUJI.BID1", ImportFixture.KABID);
		int c = 0;
		for (Map.Entry<String, String> entry : line.values.entrySet()) {
			switch (entry.getKey()) {
				case "nip" -> sheet.value(r, c, nip);
				case "tanggal_lahir" -> {
					sheet.value(r, c, LocalDate.parse(entry.getValue()));
					sheet.style(r, c).format("dd/mm/yyyy").set();
				}
				case "nip_atasan" -> sheet.value(r, c, Long.parseLong(entry.getValue()));
				default -> sheet.value(r, c, entry.getValue());
			}
			c++;
		}
	}

	private long auditCount() {
		return this.jdbc.sql("SELECT count(*) FROM audit_record").query(Long.class).single();
	}

}
