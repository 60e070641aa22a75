package id.kinerja.identity;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class PasswordIntegrationTests {

	static final String YOHANES = "199007142022211001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String staffOf(String unitCode) {
		return this.jdbc.sql("""
				SELECT e.nip FROM employee e JOIN assignment a ON a.employee_id = e.id
				JOIN job_position p ON p.id = a.position_id JOIN unit u ON u.id = p.unit_id
				WHERE u.code = ? AND p.position_type = 'PELAKSANA' ORDER BY e.nip""")
			.param(unitCode)
			.query(String.class)
			.list()
			.get(0);
	}

	String reset(String username, String asAdmin) throws Exception {
		String json = this.mvc
			.perform(post("/api/v1/accounts/{username}/password-reset", username).header("Authorization",
					TestSignIn.bearer(this.mvc, asAdmin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.replaceAll(".*\"temporaryPassword\":\"([^\"]+)\".*", "$1");
	}

	@Test
	void makesAResetAccountChooseANewPasswordFirst() throws Exception {
		String nip = staffOf("DISDIK.BID1.S1");
		String temporary = reset(nip, "admin");
		assertThat(temporary).hasSize(12);
		MvcResult signIn = this.mvc
			.perform(post("/login").param("username", nip).param("password", temporary).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = signIn.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"must-change\"")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", "not-it")
				.param("newPassword", "rahasia-baru-123")
				.param("confirmPassword", "rahasia-baru-123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi saat ini salah.")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "pendek")
				.param("confirmPassword", "lain"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kedua isian kata sandi baru tidak sama.")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "pendek")
				.param("confirmPassword", "pendek"))
			.andExpect(content().string(containsString("paling sedikit 10 karakter")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", temporary)
				.param("newPassword", "rahasia-baru-123")
				.param("confirmPassword", "rahasia-baru-123"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi berhasil diubah.")));
		TestSignIn.bearer(this.mvc, nip, "rahasia-baru-123");
		Long audited = this.jdbc.sql(
				"SELECT count(*) FROM audit_record WHERE action IN ('PASSWORD_RESET', 'PASSWORD_CHANGED') AND after_state LIKE ?")
			.param("%" + nip + "%")
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(2);
	}

	@Test
	void holdsApiClientsOfAResetAccountToThePasswordChange() throws Exception {
		String nip = staffOf("DINKES.BID1.S1");
		String temporary = reset(nip, "admin");
		String bearer = TestSignIn.bearer(this.mvc, nip, temporary);
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("mengganti kata sandi")));
		this.mvc
			.perform(post("/api/v1/account/password").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + nip + "-x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("tidak boleh memuat NIP")));
		this.mvc
			.perform(post("/api/v1/account/password").header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"kata-sandi-kuat-9\"}"))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(get("/api/v1/me").header("Authorization", TestSignIn.bearer(this.mvc, nip, "kata-sandi-kuat-9")))
			.andExpect(status().isOk());
	}

	@Test
	void letsAnAdminOpdResetOnlyInsideItsSubtree() throws Exception {
		String opd = "199304022018012001";
		assertThat(reset(YOHANES, opd)).hasSize(12);
		this.mvc
			.perform(post("/api/v1/accounts/{username}/password-reset", staffOf("DISDIK.BID1.S2"))
				.header("Authorization", TestSignIn.bearer(this.mvc, opd)))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesResetsByEmployeesAuditorsAndForOneself() throws Exception {
		String target = staffOf("BAPPEDA.BID1.S1");
		this.mvc
			.perform(post("/api/v1/accounts/{username}/password-reset", target).header("Authorization",
					TestSignIn.bearer(this.mvc, DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/accounts/{username}/password-reset", target).header("Authorization",
					TestSignIn.bearer(this.mvc, "auditor")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/accounts/{username}/password-reset", "admin").header("Authorization",
					TestSignIn.bearer(this.mvc, "admin")))
			.andExpect(status().isBadRequest());
	}

}
