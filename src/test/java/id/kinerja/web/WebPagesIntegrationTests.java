package id.kinerja.web;

import id.kinerja.DemoAgencyTest;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class WebPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Sign in and return the session cookie (sessions live in the database, not the
	 * container).
	 */
	Cookie signIn(String username) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", username).param("password", DemoAgencyTest.PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	@Test
	void showsSignInPageInIndonesianByDefault() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"id\">")))
			.andExpect(content().string(containsString("NIP atau nama pengguna")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void switchesToEnglishAndRemembersIt() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(cookie().value("kinerja-lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("NIP or user name")));
		this.mvc.perform(get("/login").cookie(new Cookie("kinerja-lang", "en")))
			.andExpect(content().string(containsString("NIP or user name")));
	}

	@Test
	void fallsBackToIndonesianForUnknownLocale() throws Exception {
		this.mvc.perform(get("/login").param("lang", "xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"id\">")));
		this.mvc.perform(get("/login").param("lang", "!!bad!!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"id\">")));
		this.mvc.perform(get("/login").cookie(new Cookie("kinerja-lang", "zz")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"id\">")));
	}

	@Test
	void signsInWithAPasswordAndShowsTheHomePage() throws Exception {
		Cookie session = signIn(DemoAgencyTest.SUPERVISOR_NIP);
		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Selamat datang, Bambang Hermawan, S.T., M.M.")))
			.andExpect(content().string(containsString("Atasan / Pejabat Penilai Kinerja")))
			.andExpect(content().string(not(containsString("nav-audit"))));
	}

	@Test
	void keepsTheSessionInTheDatabaseForEveryNode() throws Exception {
		signIn("auditor");
		Long sessions = this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'auditor'")
			.query(Long.class)
			.single();
		assertThat(sessions).isPositive();
	}

	@Test
	void showsClearMessageForWrongPassword() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").param("username", "admin").param("password", "salah").with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		this.mvc.perform(get("/login").param("error", "").cookie(result.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString("NIP/nama pengguna atau kata sandi salah.")))
			.andExpect(content().string(containsString("id=\"sign-in-error\"")))
			.andExpect(content().string(containsString("value=\"admin\"")));
		this.jdbc.sql("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE username = 'admin'")
			.update();
	}

	@Test
	void refusesCookieAuthenticatedApiWriteWithoutCsrfToken() throws Exception {
		Cookie session = signIn("admin");
		this.mvc
			.perform(post("/api/v1/auth/token").cookie(session)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"kinerja-demo\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/me").cookie(session))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("CSRF")));
	}

	@Test
	void refusesEveryWriteByAnAuditor() throws Exception {
		Cookie session = signIn("auditor");
		this.mvc.perform(post("/api/v1/me").cookie(session).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(post("/audit").cookie(session).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void signsOutAndAuditsIt() throws Exception {
		Cookie session = signIn(DemoAgencyTest.STAFF_NIP);
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
		Long signOuts = this.jdbc.sql("SELECT count(*) FROM audit_record WHERE actor = ? AND action = 'SIGN_OUT'")
			.param(DemoAgencyTest.STAFF_NIP)
			.query(Long.class)
			.single();
		assertThat(signOuts).isPositive();
	}

	@Test
	void redirectsAnonymousPagesToSignIn() throws Exception {
		this.mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
	}

	@Test
	void servesHealthToAnyone() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void servesMetricsOnlyToAllowedAddresses() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("127.0.0.1");
			return request;
		})).andExpect(status().isOk()).andExpect(content().string(containsString("jvm_memory_used_bytes")));
		this.mvc.perform(get("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		})).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
	}

}
