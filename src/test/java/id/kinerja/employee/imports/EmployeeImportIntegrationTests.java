package id.kinerja.employee.imports;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.kinerja.DemoAgencyTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The employee import through the API: applying, re-importing, and what it writes. */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class EmployeeImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ImportApi api;

	@BeforeEach
	void baseStructure() throws Exception {
		this.api = new ImportApi(this.mvc);
		ImportFixture.ensure(this.api);
	}

	@Test
	void createsEmployeesWithPostsAssignmentsAndAccounts() throws Exception {
		TestEmployees.Line staff = TestEmployees
			.line(TestEmployees.nip('2'), "Nur'aini Siregar", "DINUJI.BID1", ImportFixture.KABID)
			.with("email", "nuraini@example.go.id")
			.with("telepon", "+62 812-3456-7890");
		TestEmployees.Line analyst = TestEmployees
			.line(TestEmployees.pppkNip('1'), "Yohanes Situmorang", "DINUJI.BID1", ImportFixture.KABID)
			.with("jabatan", "Analis Kebijakan Ahli Pertama")
			.with("jenis_jabatan", "FUNGSIONAL")
			.with("jenjang", "AHLI_PERTAMA");
		this.api.employees("admin", TestEmployees.csv(staff, analyst))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.updated").value(0));
		Map<String, Object> account = this.jdbc.sql("""
				SELECT a.password_hash, a.must_change_password, a.enabled, a.employee_id, e.id AS employee
				FROM user_account a JOIN employee e ON e.nip = a.username WHERE a.username = ?""")
			.param(staff.nip())
			.query()
			.singleRow();
		assertThat(account.get("password_hash")).isNull();
		assertThat(account.get("must_change_password")).isEqualTo(true);
		assertThat(account.get("enabled")).isEqualTo(true);
		assertThat(account.get("employee_id")).isEqualTo(account.get("employee"));
		assertThat(this.jdbc
			.sql("""
					SELECT g.role_name FROM role_grant g JOIN user_account a ON a.id = g.user_account WHERE a.username = ?""")
			.param(staff.nip())
			.query(String.class)
			.list()).containsExactly("PEGAWAI");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/employees/" + analyst.nip())
				.header("Authorization", this.api.bearer("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.positionName").value("Analis Kebijakan Ahli Pertama"))
			.andExpect(jsonPath("$.positionType").value("FUNGSIONAL"))
			.andExpect(jsonPath("$.jenjang").value("AHLI_PERTAMA"))
			.andExpect(jsonPath("$.unitCode").value("DINUJI.BID1"))
			.andExpect(jsonPath("$.supervisorNip").value(ImportFixture.KABID))
			.andExpect(jsonPath("$.asnType").value("PPPK"))
			.andExpect(jsonPath("$.golongan").value("IX"));
		for (String type : new String[] { "Employee", "Position", "Assignment", "UserAccount" }) {
			assertThat(this.jdbc.sql("""
					SELECT count(*) FROM audit_record
					WHERE action = 'CREATE' AND entity_type = ? AND after_state LIKE ? AND actor = 'admin'""")
				.param(type)
				.param("%" + (type.equals("Position") ? "Pengadministrasi Umum" : "") + "%")
				.query(Long.class)
				.single()).as(type).isPositive();
		}
		String employeeAudit = this.jdbc
			.sql("SELECT after_state FROM audit_record WHERE entity_type = 'Employee' AND after_state LIKE ?")
			.param("%" + staff.nip() + "%")
			.query(String.class)
			.single();
		assertThat(employeeAudit).contains("\"name\":\"Nur'aini Siregar\"")
			.contains("\"phone\":\"+62 812-3456-7890\"")
			.contains("\"golongan\":\"III_A\"");
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
		byte[] file = TestEmployees.csv(
				TestEmployees.line(TestEmployees.nip('1'), "Rizky Pratama", "DINUJI.BID2", ImportFixture.KADIS),
				TestEmployees.line(TestEmployees.nip('2'), "Dewi Lestari", "DINUJI.BID2", ImportFixture.KADIS)
					.with("jabatan", "Kepala Bidang Dua")
					.with("jenis_jabatan", "ADMINISTRATOR"));
		this.api.employees("admin", file).andExpect(jsonPath("$.created").value(2));
		long audit = count("audit_record");
		this.api.employees("admin", file)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(2))
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0));
		assertThat(count("audit_record")).isEqualTo(audit);
	}

	@Test
	void aChangedRowUpdatesTheDetailsAndRedefinesThePostInPlace() throws Exception {
		TestEmployees.Line line = TestEmployees.line(TestEmployees.nip('1'), "Putu Ayu Larasati", "DINUJI.BID1",
				ImportFixture.KABID);
		this.api.employees("admin", TestEmployees.csv(line)).andExpect(jsonPath("$.created").value(1));
		long posts = count("job_position");
		long assignments = count("assignment");
		Long postId = postOf(line.nip());
		line.with("golongan", "III/b")
			.with("jabatan", "Pengelola Data")
			.with("kode_unit", "DINUJI.BID2")
			.with("nip_atasan", ImportFixture.KADIS);
		this.api.employees("admin", TestEmployees.csv(line))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(postOf(line.nip())).isEqualTo(postId);
		assertThat(count("job_position")).isEqualTo(posts);
		assertThat(count("assignment")).isEqualTo(assignments);
		Map<String, Object> post = this.jdbc
			.sql("SELECT p.name, u.code FROM job_position p JOIN unit u ON u.id = p.unit_id WHERE p.id = ?")
			.param(postId)
			.query()
			.singleRow();
		assertThat(post).containsEntry("name", "Pengelola Data").containsEntry("code", "DINUJI.BID2");
		assertThat(this.jdbc.sql("SELECT golongan FROM employee WHERE nip = ?")
			.param(line.nip())
			.query(String.class)
			.single()).isEqualTo("III_B");
	}

	@Test
	void structuralPostsUnderAnotherUnitAndTheTopPostHeadTheirUnits() throws Exception {
		assertThat(headsUnit(ImportFixture.SEKDA)).isTrue();
		assertThat(headsUnit(ImportFixture.KADIS)).isTrue();
		assertThat(headsUnit(ImportFixture.KABID)).isTrue();
		TestEmployees.Line secretary = TestEmployees
			.line(TestEmployees.nip('2'), "Sekretaris Dinas", "DINUJI", ImportFixture.KADIS)
			.with("jabatan", "Sekretaris Dinas")
			.with("jenis_jabatan", "ADMINISTRATOR");
		TestEmployees.Line staff = TestEmployees.line(TestEmployees.nip('1'), "Staf Bidang", "DINUJI.BID1",
				ImportFixture.KABID);
		this.api.employees("admin", TestEmployees.csv(secretary, staff)).andExpect(status().isOk());
		assertThat(headsUnit(secretary.nip())).isFalse();
		assertThat(headsUnit(staff.nip())).isFalse();
		assertThat(this.jdbc.sql("SELECT count(*) FROM job_position WHERE id = ? AND reports_to_id IS NULL")
			.param(postOf(ImportFixture.SEKDA))
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void acceptsCsvWithBomSemicolonsQuotesAndBlankLines() throws Exception {
		String nip = TestEmployees.nip('2');
		String birth = nip.substring(6, 8) + "/" + nip.substring(4, 6) + "/" + nip.substring(0, 4);
		String csv = "\uFEFF" + String.join(";", EmployeeImportService.HEADERS) + "\r\n\r\n"
				+ String.join(";", nip, "\"Siti Rahmawati\"", "", "\"S.E., M.M.\"", "p", birth, "pns", "iii/c",
						"\"Analis \"\"Kepegawaian\"\"\"", "pelaksana", "", " DINUJI.BID1 ", ImportFixture.KABID, "", "")
				+ "\r\n;;;;;;;;;;;;;;\r\n";
		this.api.employees("admin", csv.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(1))
			.andExpect(jsonPath("$.created").value(1));
		Map<String, Object> employee = this.jdbc
			.sql("SELECT name, front_title, back_title, sex, golongan FROM employee WHERE nip = ?")
			.param(nip)
			.query()
			.singleRow();
		assertThat(employee).containsEntry("name", "Siti Rahmawati")
			.containsEntry("back_title", "S.E., M.M.")
			.containsEntry("sex", "P")
			.containsEntry("golongan", "III_C");
		assertThat(employee.get("front_title")).isNull();
		assertThat(this.jdbc.sql("SELECT name FROM job_position WHERE id = ?")
			.param(postOf(nip))
			.query(String.class)
			.single()).isEqualTo("Analis \"Kepegawaian\"");
	}

	private boolean headsUnit(String nip) {
		return this.jdbc.sql("SELECT heads_unit FROM job_position WHERE id = ?")
			.param(postOf(nip))
			.query(Boolean.class)
			.single();
	}

	private Long postOf(String nip) {
		return this.jdbc.sql("""
				SELECT a.position_id FROM assignment a JOIN employee e ON e.id = a.employee_id
				WHERE e.nip = ? AND a.kind = 'DEFINITIF' AND a.end_date IS NULL""")
			.param(nip)
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
