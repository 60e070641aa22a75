package id.kinerja.employee.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.kinerja.DemoAgencyTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may import and export employees and units, and Admin OPD's limits. */
@DemoAgencyTest
@TestPropertySource(properties = "kinerja.test.context=imports")
class EmployeeImportAccessIntegrationTests {

	/** The demo Admin OPD of BKPSDM. */
	static final String ADMIN_OPD = "199304022018012001";

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

	static TestEmployees.Line staff(String unit) {
		return TestEmployees.line(TestEmployees.nip('1'), "Pegawai Uji", unit, ImportFixture.KABID);
	}

	@Test
	void forbidsAuditorAndPlainEmployeeToImport() throws Exception {
		byte[] file = TestEmployees.csv(staff("DINUJI.BID1"));
		long employees = count();
		for (String user : new String[] { "auditor", DemoAgencyTest.STAFF_NIP }) {
			this.api.employees(user, file)
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status").value(403));
			this.api.units(user, ImportFixture.UNITS.getBytes(StandardCharsets.UTF_8))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		assertThat(count()).isEqualTo(employees);
	}

	@Test
	void forbidsAPlainEmployeeToExportButLetsTheAuditor() throws Exception {
		this.api.export("employees", DemoAgencyTest.STAFF_NIP, "?format=csv")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.api.export("units", DemoAgencyTest.STAFF_NIP, "?format=csv")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.api.export("employees", "auditor", "?format=csv")
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(ImportFixture.SEKDA)));
		this.api.export("units", "auditor", "?format=xlsx").andExpect(status().isOk());
	}

	@Test
	void adminOpdImportsOnlyInsideItsSubtree() throws Exception {
		TestEmployees.Line inside = staff("BKPSDM.PKA");
		TestEmployees.Line outside = staff("DINUJI.BID1");
		MvcResult result = this.api.employees(ADMIN_OPD, TestEmployees.csv(inside, outside))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(
				new ImportApi.Error(3, "kode_unit", message("employee.import.unit.outside", "DINUJI.BID1")));
		TestEmployees.Line kabid = ImportFixture.LINE[1];
		TestEmployees.Line movedIn = TestEmployees
			.line(ImportFixture.KABID, "Bambang Hermawan", "BKPSDM.PKA", ImportFixture.KADIS)
			.with("golongan", kabid.values.get("golongan"));
		result = this.api.employees(ADMIN_OPD, TestEmployees.csv(movedIn))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(
				new ImportApi.Error(2, "nip", message("employee.import.nip.outside", ImportFixture.KABID)));
		this.api.employees(ADMIN_OPD, TestEmployees.csv(inside))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1));
	}

	@Test
	void adminOpdImportsUnitsOnlyInsideItsSubtree() throws Exception {
		String code = "BKPSDM.SUB" + TestEmployees.nip('1').substring(15);
		MvcResult result = this.api
			.units(ADMIN_OPD,
					("kode_unit,nama_unit,kode_induk,singkatan\n" + code + ",Subbagian Uji,BKPSDM.PKA,\n" + "LUAR"
							+ code.substring(10) + ",Unit Luar,,\nDINUJI,Dinas Uji Coba,,DUC\n")
						.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(ImportApi.errors(result)).containsExactly(
				new ImportApi.Error(3, "kode_unit", message("agency.import.outside", "LUAR" + code.substring(10))),
				new ImportApi.Error(4, "kode_unit", message("agency.import.outside", "DINUJI")));
		this.api
			.units(ADMIN_OPD,
					("kode_unit,nama_unit,kode_induk,singkatan\n" + code + ",Subbagian Uji,BKPSDM.PKA,\n"
							+ "BKPSDM,Badan Kepegawaian dan Pengembangan Sumber Daya Manusia,,BKPSDM\n")
						.getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.updated").value(0));
	}

	@Test
	void adminOpdExportsOnlyItsSubtree() throws Exception {
		this.api.employees(ADMIN_OPD, TestEmployees.csv(staff("BKPSDM.MUTASI"))).andExpect(status().isOk());
		String employees = this.api.export("employees", ADMIN_OPD, "?format=csv")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(employees).contains("BKPSDM.MUTASI").doesNotContain("DINUJI");
		assertThat(employees.lines()).noneMatch((line) -> line.startsWith(ImportFixture.SEKDA));
		String units = this.api.export("units", ADMIN_OPD, "?format=csv")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(units.lines().skip(1).map((line) -> line.split(",")[0]))
			.allMatch((code) -> code.startsWith("BKPSDM"))
			.contains("BKPSDM", "BKPSDM.MUTASI", "BKPSDM.PKA");
		this.api.export("employees", ADMIN_OPD, "?format=csv&unit=DINUJI")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM employee").query(Long.class).single();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.forLanguageTag("id"));
	}

}
