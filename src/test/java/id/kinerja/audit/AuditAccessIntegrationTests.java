package id.kinerja.audit;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class AuditAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accountService;

	String token(String username) throws Exception {
		return TestSignIn.bearer(this.mvc, username);
	}

	@Test
	void adminReadsTheSeedingAndSignInsAsPagedModel() throws Exception {
		String token = token("admin");
		this.mvc
			.perform(get("/api/v1/audit").param("actor", "system").param("size", "500").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].action", hasItem("CREATE")))
			.andExpect(jsonPath("$.page.totalElements", greaterThan(1000)));
		// The seeding registers its employees in bulk: their records are not
		// necessarily among the newest 500.
		this.mvc
			.perform(get("/api/v1/audit").param("actor", "system")
				.param("entityType", "Employee")
				.header("Authorization", token))
			.andExpect(jsonPath("$.content[*].action", hasItem("CREATE")))
			.andExpect(jsonPath("$.page.totalElements", greaterThan(280)));
		this.mvc
			.perform(get("/api/v1/audit").param("actor", "system")
				.param("entityType", "Agency")
				.header("Authorization", token))
			.andExpect(jsonPath("$.content[0].after", containsString("Pemerintah Kota Contoh")));
		this.mvc.perform(get("/api/v1/audit").param("action", "SIGN_IN").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].actor", hasItem("admin")))
			.andExpect(jsonPath("$.content[*].action", everyItem(is("SIGN_IN"))));
	}

	@Test
	void auditorReadsTheTrail() throws Exception {
		this.mvc.perform(get("/api/v1/audit").param("entityType", "Unit").header("Authorization", token("auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].entityType", everyItem(is("Unit"))))
			.andExpect(jsonPath("$.page.size").value(50));
	}

	@Test
	void filtersByDateInTheAgencysTimeZone() throws Exception {
		this.mvc
			.perform(get("/api/v1/audit").param("from", "2000-01-01")
				.param("to", "2000-12-31")
				.header("Authorization", token("auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

	@Test
	void forbidsEmployeesFromReadingTheTrail() throws Exception {
		this.mvc.perform(get("/api/v1/audit").header("Authorization", token(DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("tidak memiliki akses")));
		this.mvc.perform(get("/api/v1/audit").header("Authorization", token("199304022018012001")))
			.andExpect(status().isForbidden());
	}

	@Test
	void forbidsEmployeesFromTheAuditPage() throws Exception {
		this.mvc.perform(get("/audit").with(user("someone").roles("PEGAWAI", "ATASAN")))
			.andExpect(status().isForbidden());
	}

	@Test
	void showsTheAuditPageToTheAdmin() throws Exception {
		this.mvc
			.perform(get("/audit").param("actor", "system")
				.param("entityType", "Agency")
				.header("Authorization", token("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jejak Audit")))
			.andExpect(content().string(containsString("Pemerintah Kota Contoh")))
			.andExpect(content().string(containsString("id=\"audit-table\"")));
	}

	@Test
	void escapesRecordedTextOnThePage() throws Exception {
		Agency agency = this.agencies.findByCode("KOTA-CONTOH").orElseThrow();
		long probe = this.accountService
			.createAccount(agency.getId(), "xss-probe", "<script>alert(1)</script>", "secret-123", true,
					EnumSet.of(Role.PEGAWAI), null)
			.getId();
		// Filtered to the probe's own record: tests that stand on a far year write
		// records
		// dated after today, which would otherwise come first.
		this.mvc
			.perform(get("/audit").param("entityType", "UserAccount")
				.param("entityId", String.valueOf(probe))
				.header("Authorization", token("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void neverShowsAnotherAgencysRecords() throws Exception {
		Agency other = this.agencies.save(Agency.create("KAB-LAIN", "Pemerintah Kabupaten Lain", AgencyType.KABUPATEN));
		this.accountService.createAccount(other.getId(), "admin-lain", "Admin Kabupaten Lain", "rahasia-lain-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		String otherToken = TestSignIn.bearer(this.mvc, "admin-lain", "rahasia-lain-1");
		this.mvc.perform(get("/api/v1/audit").param("size", "500").header("Authorization", otherToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].agencyId", everyItem(is(other.getId().intValue()))))
			.andExpect(jsonPath("$.content[*].actor", not(hasItem("admin"))));
		this.mvc.perform(get("/api/v1/audit").param("size", "500").header("Authorization", token("admin")))
			.andExpect(jsonPath("$.content[*].actor", not(hasItem("admin-lain"))));
	}

	@Test
	void namesTheBadParameter() throws Exception {
		String token = token("admin");
		this.mvc.perform(get("/api/v1/audit").param("size", "0").header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("Ukuran halaman harus antara 1 dan 500."));
		this.mvc.perform(get("/api/v1/audit").param("from", "31-12-2026").header("Authorization", token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("from")));
		this.mvc.perform(
				get("/api/v1/audit").param("page", "x").header("Authorization", token).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The value 'x' is not valid for page."));
	}

}
