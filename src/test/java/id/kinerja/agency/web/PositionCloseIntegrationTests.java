package id.kinerja.agency.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionRepository;
import id.kinerja.employee.StructureFixture;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing a post: refused while held or while open posts report to it, then gone from the
 * unit page, the pickers and the health check but kept for history; from the right and
 * the wrong side.
 */
@DemoAgencyTest
class PositionCloseIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PositionRepository positions;

	StructureFixture fixture;

	String opd;

	@BeforeEach
	void buildADinas() throws Exception {
		this.fixture = StructureFixture.build(this.context);
		this.opd = TestSignIn.bearer(this.mvc, this.fixture.adminOpd, StructureFixture.PASSWORD);
	}

	ResultActions call(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return this.mvc.perform(request.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions close(Position post, String token, String date, long version) throws Exception {
		return call(post("/api/v1/positions/" + post.getId() + "/close"), token, """
				{"closedOn": "%s", "reason": "Perwali 12/2026 tentang susunan organisasi", "version": %d}"""
			.formatted(date, version));
	}

	String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void closesAPostOnceNothingHangsOnItAndKeepsItForHistory() throws Exception {
		String today = LocalDate.now().toString();
		Position head = this.fixture.vacantHeadPost;
		this.mvc.perform(get("/api/v1/structure/health").header("Authorization", this.opd))
			.andExpect(jsonPath("$.counts.VACANT_HEAD").value(1));
		close(head, this.opd, today, 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("masih membawahi 1 jabatan")));
		close(this.fixture.vacantStaffPost, this.opd, today, 0).andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value(today))
			.andExpect(jsonPath("$.closedReason").value("Perwali 12/2026 tentang susunan organisasi"))
			.andExpect(jsonPath("$.version").value(1));
		close(this.fixture.vacantStaffPost, this.opd, today, 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("sudah ditutup")));
		close(head, this.opd, today, 0).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/structure/health").header("Authorization", this.opd))
			.andExpect(jsonPath("$.counts.VACANT_HEAD").value(0));
		String unitPage = body(
				this.mvc.perform(get("/units/" + this.fixture.bidangKosong.getCode()).header("Authorization", this.opd))
					.andExpect(status().isOk()));
		assertThat(unitPage).doesNotContain("Kepala Bidang Kosong", "Penata Laporan");
		String options = body(this.mvc
			.perform(get("/positions/options").param("unit", this.fixture.bidangKosong.getCode())
				.header("Authorization", this.opd)
				.header("HX-Request", "true"))
			.andExpect(status().isOk()));
		assertThat(options).doesNotContain("Penata Laporan");
		this.mvc.perform(get("/api/v1/positions/" + head.getId()).header("Authorization", this.opd))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value(today));
		String audited = this.jdbc.sql(
				"SELECT after_state FROM audit_record WHERE entity_type = 'Position' AND entity_id = ? AND action = 'UPDATE'")
			.param(String.valueOf(head.getId()))
			.query(String.class)
			.single();
		assertThat(audited).contains("Perwali 12/2026");
		// Nothing more goes into, or under, a closed post.
		call(post("/api/v1/employees/" + this.fixture.staff2.getNip() + "/assignments"), this.opd, """
				{"positionId": %d, "kind": "PLT", "startDate": "%s"}""".formatted(head.getId(), today))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("sudah ditutup")));
		call(post("/api/v1/positions"), this.opd, """
				{"unitCode": "%s", "name": "Staf Baru", "positionType": "PELAKSANA", "reportsToId": %d}"""
			.formatted(this.fixture.bidangKosong.getCode(), head.getId())).andExpect(status().isConflict());
		call(put(head), this.opd, """
				{"unitCode": "%s", "name": "Kepala Bidang Dibuka", "positionType": "ADMINISTRATOR", "headsUnit": true,
				 "version": 1}""".formatted(this.fixture.bidangKosong.getCode())).andExpect(status().isConflict());
	}

	static MockHttpServletRequestBuilder put(Position post) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/positions/" + post.getId());
	}

	@Test
	void refusesAPostThatIsStillHeldOnThatDateOrLater() throws Exception {
		close(this.fixture.staff2Post, this.opd, LocalDate.now().toString(), 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("masih dipegang")));
		// An acting holder counts too, and so does one who starts after the closing date.
		call(post("/api/v1/employees/" + this.fixture.staff2.getNip() + "/assignments"), this.opd, """
				{"positionId": %d, "kind": "PLT", "startDate": "2030-01-01", "endDate": "2030-06-30"}"""
			.formatted(this.fixture.vacantStaffPost.getId())).andExpect(status().isCreated());
		close(this.fixture.vacantStaffPost, this.opd, "2029-12-31", 0).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("masih dipegang")));
		close(this.fixture.vacantStaffPost, this.opd, "2030-07-01", 0).andExpect(status().isOk());
		call(post("/api/v1/positions/" + this.fixture.analisPost.getId() + "/close"), this.opd, """
				{"reason": " ", "version": 0}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("closedOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		close(this.fixture.vacantHeadPost, this.opd, "2030-07-01", 5).andExpect(status().isConflict());
		assertThat(this.positions.findById(this.fixture.staff2Post.getId()).orElseThrow().isClosed()).isFalse();
	}

	@Test
	void refusesEveryoneWhoDoesNotAdministerThePost() throws Exception {
		StructureFixture elsewhere = StructureFixture.build(this.context);
		for (String token : new String[] { TestSignIn.bearer(this.mvc, "auditor"),
				TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP),
				TestSignIn.bearer(this.mvc, this.fixture.kabid.getNip(), StructureFixture.PASSWORD),
				TestSignIn.bearer(this.mvc, elsewhere.adminOpd, StructureFixture.PASSWORD),
				TestSignIn.bearer(this.mvc, this.fixture.otherAdmin, StructureFixture.PASSWORD) }) {
			close(this.fixture.vacantStaffPost, token, LocalDate.now().toString(), 0).andExpect(status().isForbidden());
		}
		Cookie employee = this.mvc
			.perform(formLogin("/login").user(DemoAgencyTest.STAFF_NIP).password(DemoAgencyTest.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/positions/" + this.fixture.vacantStaffPost.getId() + "/close").cookie(employee))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/positions/" + this.fixture.vacantStaffPost.getId() + "/close").cookie(employee)
				.with(csrf())
				.param("closedOn", LocalDate.now().toString())
				.param("reason", "Tidak berhak"))
			.andExpect(status().isForbidden());
		assertThat(this.positions.findById(this.fixture.vacantStaffPost.getId()).orElseThrow().isClosed()).isFalse();
	}

	@Test
	void theFormShowsTheRefusalNextToTheDateThenClosesThePost() throws Exception {
		Cookie admin = this.mvc.perform(formLogin("/login").user("admin").password(DemoAgencyTest.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		String unitPage = body(this.mvc.perform(get("/units/" + this.fixture.bidangKosong.getCode()).cookie(admin)));
		assertThat(unitPage).contains("/positions/" + this.fixture.vacantStaffPost.getId() + "/close");
		String form = body(
				this.mvc.perform(get("/positions/" + this.fixture.staff2Post.getId() + "/close").cookie(admin))
					.andExpect(status().isOk()));
		assertThat(form).contains("id=\"close-post-form\"", "name=\"_csrf\"", "name=\"version\"",
				"Pengadministrasi Umum");
		String refused = body(this.mvc
			.perform(post("/positions/" + this.fixture.staff2Post.getId() + "/close").cookie(admin)
				.with(csrf())
				.param("closedOn", LocalDate.now().toString())
				.param("reason", "Perampingan")
				.param("version", "0"))
			.andExpect(status().isOk()));
		assertThat(refused).contains("id=\"closedOn-error\"", "masih dipegang");
		this.mvc
			.perform(post("/positions/" + this.fixture.vacantStaffPost.getId() + "/close").cookie(admin)
				.with(csrf())
				.param("closedOn", LocalDate.now().toString())
				.param("reason", "Perampingan")
				.param("version", "0"))
			.andExpect(redirectedUrl("/units/" + this.fixture.bidangKosong.getCode()));
		String after = body(this.mvc.perform(get("/units/" + this.fixture.bidangKosong.getCode()).cookie(admin)));
		assertThat(after).contains("Jabatan Penata Laporan telah ditutup.")
			.doesNotContain("/positions/" + this.fixture.vacantStaffPost.getId() + "/close");
	}

}
