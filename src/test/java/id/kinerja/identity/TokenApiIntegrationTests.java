package id.kinerja.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.identity.internal.ApiTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class TokenApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	JdbcClient jdbc;

	static String body(String username, String password) {
		return "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}";
	}

	String token(String username) throws Exception {
		return TestSignIn.bearer(this.mvc, username).substring("Bearer ".length());
	}

	@Test
	void issuesBearerTokenAsTheContractSays() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(body(DemoAgencyTest.SUPERVISOR_NIP, DemoAgencyTest.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in").value(900))
			.andExpect(jsonPath("$.access_token", containsString(".")));
	}

	@Test
	void tokenCarriesNoPassword() throws Exception {
		String token = token("admin");
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		assertThat(payload).contains("\"sub\":\"admin\"").doesNotContain("kinerja-demo").doesNotContain("{bcrypt}");
	}

	@Test
	void acceptsBearerTokenOnTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(DemoAgencyTest.SUPERVISOR_NIP)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(DemoAgencyTest.SUPERVISOR_NIP))
			.andExpect(jsonPath("$.roles", hasItems("PEGAWAI", "ATASAN", "PIMPINAN_UNIT")));
	}

	@Test
	void rejectsWrongPasswordWith401Problem() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(body("auditor", "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Perlu masuk"))
			.andExpect(jsonPath("$.detail", containsString("kata sandi salah")));
		this.jdbc.sql("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE username = 'auditor'")
			.update();
	}

	@Test
	void rejectsUnknownUserLikeAWrongPassword() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(body("nobody", "whatever")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong NIP/user name or password. Check them and try again."));
	}

	@Test
	void namesEveryMissingFieldInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en-US,en;q=0.9")
				.content("{\"username\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'username')].message").value("The user name is required."))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("The password is required."));
		this.mvc
			.perform(
					post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value("Nama pengguna wajib diisi."));
	}

	@Test
	void answersMalformedJsonWith400Problem() throws Exception {
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Isi permintaan tidak dapat dibaca. Kirim JSON yang valid."));
	}

	@Test
	void answersWrongMediaTypeWith415Problem() throws Exception {
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("admin:kinerja-demo"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.status").value(415));
	}

	@Test
	void rejectsExpiredToken() throws Exception {
		KinerjaUser admin = KinerjaUser.of(this.accounts.findByUsername("admin").orElseThrow());
		String expired = this.tokens.issue(admin, Instant.now().minus(Duration.ofHours(2)), Duration.ofMinutes(15))
			.value();
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expired))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("kedaluwarsa")));
	}

	@Test
	void rejectsForgedToken() throws Exception {
		String genuine = token("auditor");
		String[] parts = genuine.split("\\.");
		String forgedPayload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1])).replace("auditor", "admin").getBytes());
		String forged = parts[0] + "." + forgedPayload + "." + parts[2];
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + forged))
			.andExpect(status().isUnauthorized());
		String unsigned = "eyJhbGciOiJub25lIn0." + forgedPayload + ".";
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + unsigned))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void rejectsTokenOfAnAccountThatWasDisabled() throws Exception {
		String token = token(DemoAgencyTest.STAFF_NIP);
		// Signed in once before, so that a principal kept from that call must not serve.
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		this.jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE username = ?")
			.param(DemoAgencyTest.STAFF_NIP)
			.update();
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
			this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(body(DemoAgencyTest.STAFF_NIP, DemoAgencyTest.PASSWORD)))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail", containsString("tidak aktif")));
		}
		finally {
			this.jdbc.sql("UPDATE user_account SET enabled = TRUE WHERE username = ?")
				.param(DemoAgencyTest.STAFF_NIP)
				.update();
		}
	}

	@Test
	void answersWithoutTokenWith401Problem() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Sign-in required"));
	}

	@Test
	void fallsBackToIndonesianForUnknownLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/me").header("Accept-Language", "fr-FR,de;q=0.8"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Perlu masuk"));
		this.mvc.perform(get("/api/v1/me").header("Accept-Language", ";;;q=x"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Perlu masuk"));
	}

	@Test
	void refusesOversizedRequestWith413Problem() throws Exception {
		String huge = "{\"username\": \"" + "a".repeat(1_100_000) + "\", \"password\": \"x\"}";
		this.mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail", containsString("terlalu besar")));
	}

	@Test
	void slowsDownThenLocksAfterRepeatedWrongPasswords() throws Exception {
		String username = "199511282020122006";
		try {
			for (int attempt = 1; attempt <= 4; attempt++) {
				this.mvc
					.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
						.content(body(username, "wrong-" + attempt)))
					.andExpect(status().isUnauthorized());
			}
			this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(body(username, "wrong-5")))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.detail", containsString("Tunggu 5 detik")));
			// While waiting, even the right password is refused, and the refusal is
			// audited.
			this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(body(username, DemoAgencyTest.PASSWORD)))
				.andExpect(status().isTooManyRequests());
			Long throttled = this.jdbc.sql(
					"SELECT count(*) FROM audit_record WHERE actor = ? AND action = 'SIGN_IN_FAILED' AND after_state LIKE '%THROTTLED%'")
				.param(username)
				.query(Long.class)
				.single();
			assertThat(throttled).isEqualTo(1);
			// After ten wrong passwords the account is locked for a while, for every
			// node.
			this.jdbc.sql("UPDATE user_account SET failed_attempts = 9, locked_until = NULL WHERE username = ?")
				.param(username)
				.update();
			this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(body(username, "wrong-10")))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "900"))
				.andExpect(jsonPath("$.detail", containsString("15 menit")));
			// When the wait is over, the right password signs in and clears the count.
			this.jdbc.sql("UPDATE user_account SET locked_until = NULL WHERE username = ?").param(username).update();
			this.mvc
				.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
					.content(body(username, DemoAgencyTest.PASSWORD)))
				.andExpect(status().isOk());
			Integer failures = this.jdbc.sql("SELECT failed_attempts FROM user_account WHERE username = ?")
				.param(username)
				.query(Integer.class)
				.single();
			assertThat(failures).isZero();
		}
		finally {
			this.jdbc.sql("UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE username = ?")
				.param(username)
				.update();
		}
	}

	@Test
	void auditsApiSignIn() throws Exception {
		Long before = signIns("auditor");
		token("auditor");
		assertThat(signIns("auditor")).isEqualTo(before + 1);
	}

	private Long signIns(String username) {
		return this.jdbc.sql(
				"SELECT count(*) FROM audit_record WHERE actor = ? AND action = 'SIGN_IN' AND after_state LIKE '%API%'")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void describesTheApiInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
			.andExpect(jsonPath("$.paths.length()", greaterThan(2)));
	}

}
