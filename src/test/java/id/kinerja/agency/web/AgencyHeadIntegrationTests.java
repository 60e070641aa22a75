package id.kinerja.agency.web;

import java.nio.charset.StandardCharsets;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.employee.StructureFixture;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regional head: named by Admin BKPSDM (page and API), read by everyone, refused to
 * the rest.
 */
@DemoAgencyTest
class AgencyHeadIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyRepository agencies;

	StructureFixture fixture;

	@BeforeEach
	void buildADinas() {
		this.fixture = StructureFixture.build(this.context);
	}

	ResultActions putHead(String token, String json) throws Exception {
		return this.mvc.perform(put("/api/v1/agency/head").header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json));
	}

	long version(String token) throws Exception {
		String json = this.mvc.perform(get("/api/v1/agency").header("Authorization", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.version")).longValue();
	}

	Cookie signIn(String user, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user(user).password(password))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	@Test
	void adminBkpsdmNamesTheRegionalHeadWhomEveryoneSeesOnTheChart() throws Exception {
		String admin = TestSignIn.bearer(this.mvc, "admin");
		long version = version(admin);
		String name = "Drs. Budi Santoso " + System.nanoTime();
		putHead(admin, """
				{"headTitle": " Wali Kota Contoh ", "headName": "%s", "version": %d}""".formatted(name, version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headTitle").value("Wali Kota Contoh"))
			.andExpect(jsonPath("$.headName").value(name))
			.andExpect(jsonPath("$.version").value(version + 1));
		String staff = TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP);
		this.mvc.perform(get("/api/v1/agency").header("Authorization", staff))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headName").value(name));
		String chart = this.mvc
			.perform(get("/org").param("top", "true").cookie(signIn(DemoAgencyTest.STAFF_NIP, DemoAgencyTest.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(chart).contains("Wali Kota Contoh", name);
		String after = this.jdbc
			.sql("SELECT after_state FROM audit_record WHERE entity_type = 'Agency' AND action = 'UPDATE'"
					+ " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.single();
		assertThat(after).contains(name);
	}

	@Test
	void refusesAStaleVersionAndBlankFields() throws Exception {
		String admin = TestSignIn.bearer(this.mvc, "admin");
		long version = version(admin);
		putHead(admin, """
				{"headTitle": "Wali Kota Contoh", "headName": "Siti Aminah", "version": %d}""".formatted(version))
			.andExpect(status().isOk());
		putHead(admin, """
				{"headTitle": "Wali Kota Contoh", "headName": "Orang Lain", "version": %d}""".formatted(version))
			.andExpect(status().isConflict());
		putHead(admin, """
				{"headTitle": " ", "headName": "", "version": %d}""".formatted(version + 1))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("headTitle")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("headName")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Jabatan Kepala Daerah wajib diisi.")));
		assertThat(this.agencies.findById(this.fixture.agencyId).orElseThrow().getHeadName()).isEqualTo("Siti Aminah");
	}

	@Test
	void refusesEveryoneButAdminBkpsdmOfTheAgency() throws Exception {
		String admin = TestSignIn.bearer(this.mvc, "admin");
		long version = version(admin);
		String before = this.agencies.findById(this.fixture.agencyId).orElseThrow().getHeadName();
		String json = """
				{"headTitle": "Bupati Palsu", "headName": "Penyusup", "version": %d}""".formatted(version);
		for (String token : new String[] { TestSignIn.bearer(this.mvc, "auditor"),
				TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP),
				TestSignIn.bearer(this.mvc, this.fixture.adminOpd, StructureFixture.PASSWORD) }) {
			putHead(token, json).andExpect(status().isForbidden()).andExpect(jsonPath("$.title").exists());
		}
		// Another agency's Admin BKPSDM changes its own agency, never this one.
		String other = TestSignIn.bearer(this.mvc, this.fixture.otherAdmin, StructureFixture.PASSWORD);
		putHead(other, """
				{"headTitle": "Bupati Lain", "headName": "Kepala Lain"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.headTitle").value("Bupati Lain"));
		assertThat(this.agencies.findById(this.fixture.agencyId).orElseThrow().getHeadName()).isEqualTo(before);
		assertThat(version(admin)).isEqualTo(version);
	}

	@Test
	void thePageIsForAdminBkpsdmOnly() throws Exception {
		Cookie admin = signIn("admin", DemoAgencyTest.PASSWORD);
		String page = this.mvc.perform(get("/agency").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"agency-head-form\"", "name=\"_csrf\"", "name=\"version\"", "id=\"nav-agency\"",
				"Kepala Daerah");
		assertThat(this.mvc.perform(get("/").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"tile-agency\"");
		long version = this.agencies.findById(this.fixture.agencyId).orElseThrow().getVersion();
		String invalid = this.mvc
			.perform(post("/agency").cookie(admin)
				.with(csrf())
				.param("headTitle", "")
				.param("headName", "Nama")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("id=\"form-errors\"", "Jabatan Kepala Daerah wajib diisi.");
		this.mvc
			.perform(post("/agency").cookie(admin)
				.with(csrf())
				.param("headTitle", "Wali Kota Contoh")
				.param("headName", "Hj. Ratna Dewi")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/agency"));
		String stale = this.mvc
			.perform(post("/agency").cookie(admin)
				.with(csrf())
				.param("headTitle", "Wali Kota Contoh")
				.param("headName", "Terlambat")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(stale).contains("baru saja diubah oleh orang lain");
		assertThat(this.agencies.findById(this.fixture.agencyId).orElseThrow().getHeadName())
			.isEqualTo("Hj. Ratna Dewi");
		for (Cookie session : new Cookie[] { signIn("auditor", DemoAgencyTest.PASSWORD),
				signIn(DemoAgencyTest.STAFF_NIP, DemoAgencyTest.PASSWORD),
				signIn(this.fixture.adminOpd, StructureFixture.PASSWORD) }) {
			this.mvc.perform(get("/agency").cookie(session)).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/agency").cookie(session)
					.with(csrf())
					.param("headTitle", "Bupati Palsu")
					.param("headName", "Penyusup"))
				.andExpect(status().isForbidden());
			String home = this.mvc.perform(get("/").cookie(session))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(home).doesNotContain("nav-agency").doesNotContain("tile-agency");
		}
	}

}
