package id.kinerja.employee.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.StructureFixture;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supervisor overrides on the profile: who sees the one in force and the past ones, and
 * who may end one (page and API), from the right and the wrong side.
 */
@DemoAgencyTest
class ReportingOverrideIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportingLines lines;

	StructureFixture fixture;

	String admin;

	String nip;

	long currentId;

	long pastId;

	@BeforeEach
	void overrideTheFirstStaffMembersSupervisor() throws Exception {
		this.fixture = StructureFixture.build(this.context);
		this.admin = TestSignIn.bearer(this.mvc, "admin");
		this.nip = this.fixture.staff1.getNip();
		this.pastId = id(call(post("/api/v1/employees/" + this.nip + "/supervisor-override"), this.admin, """
				{"regionalHead": true, "startDate": "2024-02-01", "endDate": "2024-06-30",
				 "reason": "Tugas khusus dari Wali Kota"}"""));
		this.currentId = id(call(post("/api/v1/employees/" + this.nip + "/supervisor-override"), this.admin, """
				{"supervisorNip": "%s", "startDate": "2025-01-01", "reason": "SK Kepala Dinas 800/17"}"""
			.formatted(this.fixture.kadis.getNip())));
	}

	ResultActions call(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return this.mvc.perform(request.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json));
	}

	long id(ResultActions result) throws Exception {
		String json = result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String token(String username) throws Exception {
		return TestSignIn.bearer(this.mvc, username, StructureFixture.PASSWORD);
	}

	Cookie signIn(String user, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user(user).password(password))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	String profile(Cookie session) throws Exception {
		return this.mvc.perform(get("/employees/" + this.nip).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void showsTheOverrideInForceAndThePastOnesToThoseWhoReadTheProfile() throws Exception {
		String page = profile(signIn("admin", DemoAgencyTest.PASSWORD));
		assertThat(page).contains("id=\"overrides-table\"", "data-override-id=\"" + this.currentId + "\"",
				"data-override-id=\"" + this.pastId + "\"", this.fixture.kadis.getFullName(), "SK Kepala Dinas 800/17",
				"Tugas khusus dari Wali Kota", "01-02-2024 s.d. 30-06-2024", "Sejak 01-01-2025",
				"/employees/" + this.nip + "/overrides/" + this.currentId + "/end");
		assertThat(page).doesNotContain("/overrides/" + this.pastId + "/end");
		String own = profile(signIn(this.nip, StructureFixture.PASSWORD));
		assertThat(own).contains("id=\"overrides-table\"", "SK Kepala Dinas 800/17")
			.doesNotContain("btn-tap end-override");
		// The override took the employee out of the head of bidang's line: the profile is
		// now private to them.
		String formerlyAbove = profile(signIn(this.fixture.kabid.getNip(), StructureFixture.PASSWORD));
		assertThat(formerlyAbove).contains("id=\"profile-private\"").doesNotContain("overrides-table");
		String peer = profile(signIn(DemoAgencyTest.STAFF_NIP, DemoAgencyTest.PASSWORD));
		assertThat(peer).contains("id=\"profile-private\"").doesNotContain("overrides-table", "SK Kepala Dinas");
		this.mvc
			.perform(get("/api/v1/employees/" + this.nip + "/overrides").header("Authorization",
					TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/employees/" + this.nip + "/overrides").header("Authorization", token(this.nip)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(this.currentId))
			.andExpect(jsonPath("$[0].current").value(true))
			.andExpect(jsonPath("$[0].supervisorNip").value(this.fixture.kadis.getNip()))
			.andExpect(jsonPath("$[1].regionalHead").value(true))
			.andExpect(jsonPath("$[1].current").value(false));
	}

	@Test
	void anAdminEndsTheOverrideAndTheLineFollowsThePostsAgain() throws Exception {
		LocalDate yesterday = LocalDate.now().minusDays(1);
		assertThat(this.lines.supervisorOf(this.fixture.staff1.getId(), LocalDate.now()).employeeId())
			.isEqualTo(this.fixture.kadis.getId());
		String opd = token(this.fixture.adminOpd);
		call(post("/api/v1/employees/" + this.nip + "/overrides/" + this.currentId + "/end"), opd, """
				{"endDate": "2024-12-31", "version": 0}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Hari terakhir tidak boleh sebelum tanggal mulai penetapan."));
		call(post("/api/v1/employees/" + this.nip + "/overrides/" + this.currentId + "/end"), opd, """
				{"version": 0}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("endDate")));
		call(post("/api/v1/employees/" + this.nip + "/overrides/" + this.currentId + "/end"), opd, """
				{"endDate": "%s", "version": 7}""".formatted(yesterday)).andExpect(status().isConflict());
		call(post("/api/v1/employees/" + this.nip + "/overrides/" + this.currentId + "/end"), opd, """
				{"endDate": "%s", "version": 0}""".formatted(yesterday)).andExpect(status().isOk())
			.andExpect(jsonPath("$.endDate").value(yesterday.toString()))
			.andExpect(jsonPath("$.current").value(false))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(this.lines.supervisorOf(this.fixture.staff1.getId(), LocalDate.now()).employeeId())
			.isEqualTo(this.fixture.kasi.getId());
		call(post("/api/v1/employees/" + this.nip + "/overrides/" + this.currentId + "/end"), opd, """
				{"endDate": "%s", "version": 1}""".formatted(LocalDate.now().plusDays(3)))
			.andExpect(status().isConflict());
		call(post("/api/v1/employees/" + this.nip + "/overrides/" + this.pastId + "/end"), this.admin, """
				{"endDate": "2024-03-31", "version": 0}""").andExpect(status().isOk());
		call(post("/api/v1/employees/" + this.fixture.staff2.getNip() + "/overrides/" + this.pastId + "/end"),
				this.admin, """
						{"endDate": "2024-03-01", "version": 1}""")
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesToEndFromTheWrongSide() throws Exception {
		String json = """
				{"endDate": "%s", "version": 0}""".formatted(LocalDate.now());
		String url = "/api/v1/employees/" + this.nip + "/overrides/" + this.currentId + "/end";
		for (String token : new String[] { TestSignIn.bearer(this.mvc, "auditor"), token(this.nip),
				token(this.fixture.kabid.getNip()), token(this.fixture.otherAdmin) }) {
			call(post(url), token, json).andExpect(status().isForbidden()).andExpect(jsonPath("$.title").exists());
		}
		for (String[] user : new String[][] { { "auditor", DemoAgencyTest.PASSWORD },
				{ this.nip, StructureFixture.PASSWORD }, { this.fixture.otherAdmin, StructureFixture.PASSWORD } }) {
			Cookie session = signIn(user[0], user[1]);
			String form = "/employees/" + this.nip + "/overrides/" + this.currentId + "/end";
			this.mvc.perform(get(form).cookie(session)).andExpect(status().isForbidden());
			this.mvc.perform(post(form).cookie(session).with(csrf()).param("endDate", LocalDate.now().toString()))
				.andExpect(status().isForbidden());
		}
		assertThat(this.lines.supervisorOf(this.fixture.staff1.getId(), LocalDate.now()).employeeId())
			.isEqualTo(this.fixture.kadis.getId());
	}

	@Test
	void theEndFormShowsErrorsThenEndsTheOverride() throws Exception {
		Cookie admin = signIn("admin", DemoAgencyTest.PASSWORD);
		String form = "/employees/" + this.nip + "/overrides/" + this.currentId + "/end";
		String page = this.mvc.perform(get(form).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"end-override-form\"", "name=\"_csrf\"", "name=\"version\"",
				this.fixture.kadis.getFullName(), "SK Kepala Dinas 800/17");
		String refused = this.mvc
			.perform(post(form).cookie(admin).with(csrf()).param("endDate", "2024-01-01").param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("id=\"form-errors\"",
				"Hari terakhir tidak boleh sebelum tanggal mulai penetapan.");
		this.mvc
			.perform(post(form).cookie(admin)
				.with(csrf())
				.param("endDate", LocalDate.now().minusDays(1).toString())
				.param("version", "0"))
			.andExpect(redirectedUrl("/employees/" + this.nip));
		String after = profile(admin);
		assertThat(after).contains("data-override-id=\"" + this.currentId + "\"")
			.doesNotContain("override-current")
			.doesNotContain("/overrides/" + this.currentId + "/end");
	}

}
