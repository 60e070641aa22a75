package id.kinerja.employee;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.shared.Nip;

import java.time.LocalDate;
import java.util.EnumSet;

import id.kinerja.TestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class EmployeeApiIntegrationTests {

	static final String DEWI = "198506172010012004";

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheUnitsParentsFirst() throws Exception {
		this.mvc
			.perform(
					get("/api/v1/units").header("Authorization", TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'BKPSDM.PKA')].parentCode").value(hasItem("BKPSDM")))
			.andExpect(jsonPath("$[?(@.code == 'SETDA')].name").value(hasItem("Sekretariat Daerah")));
	}

	@Test
	void findsEmployeesByNameOrNipInAUnitSubtree() throws Exception {
		String token = TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP);
		this.mvc.perform(get("/api/v1/employees").param("q", "bambang").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].nip", hasItem(DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(jsonPath("$.page.number").value(0));
		this.mvc
			.perform(get("/api/v1/employees").param("unit", "BKPSDM.PKA")
				.param("size", "100")
				.header("Authorization", token))
			.andExpect(jsonPath("$.content[*].unitCode", everyItem(startsWith("BKPSDM.PKA"))))
			.andExpect(jsonPath("$.page.totalElements", greaterThan(3)));
		this.mvc.perform(get("/api/v1/employees").param("q", "1985061720").header("Authorization", token))
			.andExpect(jsonPath("$.content[0].nip").value(DEWI));
	}

	@Test
	void findsTheQueryWhateverItsCaseAndSpacing() throws Exception {
		String token = TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP);
		this.mvc.perform(get("/api/v1/employees").param("q", "  Bambang   HERMAWAN ").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].nip", hasItem(DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		this.mvc.perform(get("/api/v1/employees").param("q", "bambang lestari").header("Authorization", token))
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void countsTheMatchesOnEveryPage() throws Exception {
		String token = TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP);
		String total = com.jayway.jsonpath.JsonPath
			.read(this.mvc
				.perform(get("/api/v1/employees").param("q", "a").param("size", "5").header("Authorization", token))
				.andExpect(jsonPath("$.content.length()").value(5))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.page.totalElements")
			.toString();
		assertThat(Long.parseLong(total)).isGreaterThan(10);
		this.mvc
			.perform(get("/api/v1/employees").param("q", "a")
				.param("size", "5")
				.param("page", "2")
				.header("Authorization", token))
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.page.totalElements").value(Long.parseLong(total)));
		// Past the last page: no rows, and still the number of matches.
		this.mvc
			.perform(get("/api/v1/employees").param("q", "a")
				.param("size", "5")
				.param("page", "100000")
				.header("Authorization", token))
			.andExpect(jsonPath("$.content").isEmpty())
			.andExpect(jsonPath("$.page.totalElements").value(Long.parseLong(total)));
	}

	@Test
	void searchesByTrigramIndexOnPostgresql(@Autowired JdbcClient jdbc) {
		assumeTrue("postgresql".equals(TestDatabase.kind()), "the trigram index exists on PostgreSQL only");
		assertThat(jdbc
			.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'employee_search_trgm_ix'"
					+ " AND schemaname = current_schema()")
			.query(String.class)
			.single()).contains("gin_trgm_ops");
	}

	@Test
	void showsTheContractFieldsOfAnEmployee() throws Exception {
		this.mvc
			.perform(get("/api/v1/employees/{nip}", DemoAgencyTest.STAFF_NIP).header("Authorization",
					TestSignIn.bearer(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nip").value(DemoAgencyTest.STAFF_NIP))
			.andExpect(jsonPath("$.name").value("Rizky Pratama, S.Psi."))
			.andExpect(jsonPath("$.asnType").value("PNS"))
			.andExpect(jsonPath("$.golongan").value("III/c"))
			.andExpect(jsonPath("$.positionName").value("Analis SDM Aparatur Ahli Pertama"))
			.andExpect(jsonPath("$.positionType").value("FUNGSIONAL"))
			.andExpect(jsonPath("$.unitCode").value("BKPSDM.PKA.S1"))
			.andExpect(jsonPath("$.supervisorNip").value(DEWI))
			.andExpect(jsonPath("$.birthDate").value("1992-03-10"));
	}

	@Test
	void keepsPersonalDataFromColleaguesButShowsItUpTheLine() throws Exception {
		String colleague = "199511282020122006";
		this.mvc
			.perform(get("/api/v1/employees/{nip}", DemoAgencyTest.STAFF_NIP).header("Authorization",
					TestSignIn.bearer(this.mvc, colleague)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.positionName").value("Analis SDM Aparatur Ahli Pertama"))
			.andExpect(jsonPath("$.birthDate").doesNotExist())
			.andExpect(jsonPath("$.phone").doesNotExist());
		this.mvc
			.perform(get("/api/v1/employees/{nip}", DemoAgencyTest.STAFF_NIP).header("Authorization",
					TestSignIn.bearer(this.mvc, DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(jsonPath("$.birthDate").value("1992-03-10"));
		this.mvc
			.perform(get("/api/v1/employees/{nip}", DemoAgencyTest.STAFF_NIP).header("Authorization",
					TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP)))
			.andExpect(jsonPath("$.birthDate").value("1992-03-10"));
	}

	@Test
	void listsDirectSubordinates() throws Exception {
		this.mvc
			.perform(get("/api/v1/employees/{nip}/subordinates", DEWI).header("Authorization",
					TestSignIn.bearer(this.mvc, DEWI)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nip", hasItem(DemoAgencyTest.STAFF_NIP)))
			.andExpect(jsonPath("$[*].supervisorNip", everyItem(containsString(DEWI))));
	}

	@Test
	void answersUnknownNipWith404Problem() throws Exception {
		this.mvc
			.perform(get("/api/v1/employees/{nip}", "199001012015011999").header("Authorization",
					TestSignIn.bearer(this.mvc, "admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("199001012015011999")));
	}

	@Test
	void checksAndDecodesANip() throws Exception {
		String token = TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP);
		this.mvc.perform(get("/api/v1/rules/nip/{nip}", "199007142022211001").header("Authorization", token))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.asnType").value("PPPK"))
			.andExpect(jsonPath("$.birthDate").value("1990-07-14"))
			.andExpect(jsonPath("$.sex").value("L"))
			.andExpect(jsonPath("$.errors").isEmpty());
		this.mvc
			.perform(get("/api/v1/rules/nip/{nip}", "198502302010011000").header("Authorization", token)
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.asnType").doesNotExist())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("birth date"))));
		this.mvc.perform(get("/api/v1/rules/nip/{nip}", "1.98501E+17").header("Authorization", token))
			.andExpect(jsonPath("$.errors[0].message", containsString("angka ilmiah")));
	}

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UnitService units;

	@Autowired
	PositionService positions;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	@Test
	void neverShowsAnotherAgencysPeople() throws Exception {
		Agency other = this.agencies
			.save(Agency.create("KAB-SEBELAH", "Pemerintah Kabupaten Sebelah", AgencyType.KABUPATEN));
		Unit unit = this.units.create(other.getId(), "SETDA", "Sekretariat Daerah", null, null);
		Position post = this.positions.create(other.getId(), unit.getId(), "Sekretaris Daerah", PositionType.JPT_MADYA,
				null, null, true);
		String nip = "197105052000031001";
		this.employees.register(other.getId(), nip, new Employee.Details("Tetangga", null, null, "L",
				LocalDate.of(1971, 5, 5), Nip.AsnType.PNS, Golongan.IV_D, null, null), post.getId(),
				LocalDate.of(2025, 1, 2));
		this.accounts.createAccount(other.getId(), "admin-sebelah", "Admin Sebelah", "rahasia-sebelah-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		String demoAdmin = TestSignIn.bearer(this.mvc, "admin");
		this.mvc.perform(get("/api/v1/employees/{nip}", nip).header("Authorization", demoAdmin))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/employees/{nip}/subordinates", nip).header("Authorization", demoAdmin))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/employees").param("q", "tetangga").header("Authorization", demoAdmin))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(post("/api/v1/accounts/{username}/password-reset", nip).header("Authorization", demoAdmin))
			.andExpect(status().isNotFound());
		String otherAdmin = TestSignIn.bearer(this.mvc, "admin-sebelah", "rahasia-sebelah-1");
		this.mvc.perform(get("/api/v1/employees").param("size", "500").header("Authorization", otherAdmin))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].nip").value(nip));
		this.mvc.perform(get("/api/v1/units").header("Authorization", otherAdmin))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void refusesTheDirectoryToAnonymousCallers() throws Exception {
		this.mvc.perform(get("/api/v1/employees")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/rules/nip/{nip}", "199007142022211001")).andExpect(status().isUnauthorized());
	}

}
