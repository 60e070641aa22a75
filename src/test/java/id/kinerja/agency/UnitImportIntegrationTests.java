package id.kinerja.agency;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unit import and export through the API. */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class UnitImportIntegrationTests {

	static final String HEADER = "kode_unit,nama_unit,kode_induk,singkatan\n";

	static int sequence;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	String token;

	String prefix;

	@BeforeEach
	void signIn() throws Exception {
		this.token = TestSignIn.bearer(this.mvc, "admin");
		this.prefix = "U" + (++sequence) + "X" + System.nanoTime() % 1000;
	}

	/** A row error as the API lists it. */
	record Error(int line, String column, String message) {
	}

	ResultActions upload(String csv) throws Exception {
		return this.mvc.perform(multipart("/api/v1/imports/units")
			.file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header(HttpHeaders.AUTHORIZATION, this.token));
	}

	String code(String suffix) {
		return this.prefix + suffix;
	}

	@Test
	void createsUnitsParentsAfterChildrenInTheFileAndThenChangesNothing() throws Exception {
		String csv = HEADER + code(".A1") + ",Subbagian Umum," + code(".A") + ",\n" + code(".A") + ",Bagian A,"
				+ code("") + ",BA\n" + code("") + ",Dinas Baru,,DB\n" + code(".B") + ",Bagian B,BKPSDM,\n";
		upload(csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.created").value(4))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(path(code(".A1"))).isEqualTo("/" + code("") + "/" + code(".A") + "/" + code(".A1") + "/");
		assertThat(path(code(".B"))).isEqualTo("/BKPSDM/" + code(".B") + "/");
		long audit = count("audit_record");
		upload(csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(count("audit_record")).isEqualTo(audit);
	}

	@Test
	void renamesAndMovesExistingUnitsWithTheirSubtree() throws Exception {
		upload(HEADER + code("") + ",Dinas," + ",\n" + code(".A") + ",Bagian A," + code("") + ",\n" + code(".A.1")
				+ ",Seksi 1," + code(".A") + ",\n" + code(".B") + ",Bagian B," + code("") + ",\n")
			.andExpect(status().isOk());
		upload(HEADER + code(".A") + ",Bagian A Baru," + code(".B") + ",BAB\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(path(code(".A.1")))
			.isEqualTo("/" + code("") + "/" + code(".B") + "/" + code(".A") + "/" + code(".A.1") + "/");
		Map<String, Object> unit = this.jdbc.sql("SELECT name, abbreviation FROM unit WHERE code = ?")
			.param(code(".A"))
			.query()
			.singleRow();
		assertThat(unit).containsEntry("name", "Bagian A Baru").containsEntry("abbreviation", "BAB");
	}

	@Test
	void listsEveryBadRowAndWritesNothing() throws Exception {
		List<String> rows = new ArrayList<>();
		List<Error> expected = new ArrayList<>();
		rows.add(",Tanpa Kode,,");
		expected.add(new Error(2, "kode_unit", message("agency.import.code.required")));
		rows.add("KODE SALAH,Kode Salah,,");
		expected.add(new Error(3, "kode_unit", message("agency.import.code.format", "KODE SALAH")));
		rows.add("X".repeat(33) + ",Terlalu Panjang,,");
		expected.add(new Error(4, "kode_unit", message("agency.import.code.format", "X".repeat(33))));
		rows.add(code(".D") + ",Pertama,,");
		rows.add(code(".D") + ",Kedua,,");
		expected.add(new Error(6, "kode_unit", message("agency.import.code.duplicate", code(".D"), 5)));
		rows.add(code(".N") + ",,,");
		expected.add(new Error(7, "nama_unit", message("agency.import.name.required")));
		rows.add(code(".L") + "," + "N".repeat(201) + ",,");
		expected.add(new Error(8, "nama_unit", message("agency.import.name.size", 200)));
		rows.add(code(".P") + ",Induk Hilang," + code(".NOPE") + ",");
		expected.add(new Error(9, "kode_induk", message("agency.import.parent.not-found", code(".NOPE"))));
		rows.add(code(".S") + ",Induk Sendiri," + code(".S") + ",");
		expected.add(new Error(10, "kode_induk", message("agency.import.parent.self", code(".S"))));
		rows.add(code(".C1") + ",Lingkar Satu," + code(".C2") + ",");
		expected.add(new Error(11, "kode_induk", message("agency.import.parent.cycle", code(".C1"), code(".C2"))));
		rows.add(code(".C2") + ",Lingkar Dua," + code(".C1") + ",");
		expected.add(new Error(12, "kode_induk", message("agency.import.parent.cycle", code(".C2"), code(".C1"))));
		rows.add(code(".AB") + ",Singkatan Panjang,," + "S".repeat(51));
		expected.add(new Error(13, "singkatan", message("agency.import.abbreviation.size", 50)));
		rows.add(code(".F") + ",Induk Salah,INDUK SALAH,");
		expected.add(new Error(14, "kode_induk", message("agency.import.code.format", "INDUK SALAH")));
		rows.add("BKPSDM,Badan Kepegawaian," + "BKPSDM.PKA,BKPSDM");
		expected.add(new Error(15, "kode_induk", message("agency.import.parent.cycle", "BKPSDM", "BKPSDM.PKA")));
		long units = count("unit");
		long audit = count("audit_record");
		MvcResult result = upload(HEADER + String.join("\n", rows) + "\n").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andReturn();
		assertThat(errors(result)).containsExactlyElementsOf(expected);
		assertThat(errors(result).get(0).message()).isEqualTo("Kode unit wajib diisi.");
		assertThat(count("unit")).isEqualTo(units);
		assertThat(count("audit_record")).isEqualTo(audit);
	}

	/** A file of a department, 30 bureaus under it and 40 sections under each. */
	private List<String> largeTree() {
		List<String> rows = new ArrayList<>();
		rows.add(code("") + ",Dinas Besar,,DB");
		for (int b = 0; b < 30; b++) {
			rows.add(code(".B" + b) + ",Bidang " + b + "," + code("") + ",");
			for (int s = 0; s < 40; s++) {
				rows.add(code(".B" + b + ".S" + s) + ",Seksi " + s + " Bidang " + b + "," + code(".B" + b) + ",");
			}
		}
		return rows;
	}

	@Test
	void createsALargeTreeInBatchesWithAnAuditRecordForEachUnit() throws Exception {
		List<String> rows = largeTree();
		long audit = count("audit_record");
		upload(HEADER + String.join("\n", rows) + "\n").andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(rows.size()));
		assertThat(path(code(".B29.S39")))
			.isEqualTo("/" + code("") + "/" + code(".B29") + "/" + code(".B29.S39") + "/");
		long parent = this.jdbc.sql("SELECT parent_id FROM unit WHERE code = ?")
			.param(code(".B29.S39"))
			.query(Long.class)
			.single();
		assertThat(parent).isEqualTo(
				this.jdbc.sql("SELECT id FROM unit WHERE code = ?").param(code(".B29")).query(Long.class).single());
		assertThat(count("audit_record") - audit).isEqualTo(rows.size());
		// The record of a batched unit reads like that of a unit saved one by one.
		String batched = this.jdbc
			.sql("SELECT a.after_state FROM audit_record a JOIN unit u ON a.entity_id = CAST(u.id AS VARCHAR)"
					+ " WHERE a.entity_type = 'Unit' AND a.action = 'CREATE' AND u.code = ?")
			.param(code(".B0"))
			.query(String.class)
			.single();
		String saved = this.jdbc
			.sql("SELECT a.after_state FROM audit_record a JOIN unit u ON a.entity_id = CAST(u.id AS VARCHAR)"
					+ " WHERE a.entity_type = 'Unit' AND a.action = 'CREATE' AND u.code = 'BKPSDM.PKA'")
			.query(String.class)
			.single();
		Map<?, ?> batchedState = JsonMapper.builder().build().readValue(batched, Map.class);
		assertThat(batchedState.keySet())
			.containsExactlyInAnyOrderElementsOf(JsonMapper.builder().build().readValue(saved, Map.class).keySet());
		assertThat(batchedState.get("path")).isEqualTo("/" + code("") + "/" + code(".B0") + "/");
	}

	@Test
	void rejectsALargeFileForOneBadRowNamingItAndWritesNothing() throws Exception {
		List<String> rows = largeTree();
		// Line 1 is the header: row index 1000 is line 1002.
		rows.set(1000, code(".BAD") + ",Induk Hilang," + code(".NOPE") + ",");
		long units = count("unit");
		long audit = count("audit_record");
		MvcResult result = upload(HEADER + String.join("\n", rows) + "\n").andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(errors(result))
			.containsExactly(new Error(1002, "kode_induk", message("agency.import.parent.not-found", code(".NOPE"))));
		assertThat(count("unit")).isEqualTo(units);
		assertThat(count("audit_record")).isEqualTo(audit);
	}

	@Test
	void namesAWrongHeader() throws Exception {
		MvcResult result = upload("kode,nama_unit,kode_induk\nA,B,\n").andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(errors(result))
			.containsExactly(
					new Error(1, "kode",
							message("agency.import.header.unknown", "kode",
									"kode_unit, nama_unit, kode_induk, singkatan")),
					new Error(1, "kode_unit", message("agency.import.header.missing", "kode_unit")),
					new Error(1, "singkatan", message("agency.import.header.missing", "singkatan")));
	}

	@Test
	void exportsOpenUnitsInTheImportFormatParentsFirst() throws Exception {
		String csv = this.mvc
			.perform(get("/api/v1/exports/units?format=csv").header(HttpHeaders.AUTHORIZATION, this.token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + HEADER.strip());
		assertThat(lines).contains("BKPSDM.PKA,Bidang Penilaian Kinerja Aparatur dan Penghargaan,BKPSDM,Bid. PKA");
		assertThat(lines.indexOf("BKPSDM,Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,,BKPSDM"))
			.isLessThan(lines.indexOf("BKPSDM.PKA,Bidang Penilaian Kinerja Aparatur dan Penghargaan,BKPSDM,Bid. PKA"));
	}

	private String path(String code) {
		return this.jdbc.sql("SELECT path FROM unit WHERE code = ?").param(code).query(String.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag("id"));
	}

	@SuppressWarnings("unchecked")
	private static List<Error> errors(MvcResult result) throws Exception {
		Map<String, Object> body = JsonMapper.builder()
			.build()
			.readValue(result.getResponse().getContentAsByteArray(), Map.class);
		return ((List<Map<String, Object>>) body.get("errors")).stream()
			.map((error) -> new Error(((Number) error.get("line")).intValue(), (String) error.get("column"),
					(String) error.get("message")))
			.toList();
	}

}
