package id.kinerja.identity;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bearer call's principal is kept for a short while, yet what an admin changes on the
 * account shows on the very next call.
 */
@DemoAgencyTest
class BearerUsersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsARoleGrantedBetweenTwoCalls() throws Exception {
		String bearer = TestSignIn.bearer(this.mvc, DemoAgencyTest.STAFF_NIP);
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", not(hasItem("AUDITOR"))));
		this.accounts.grant(DemoAgencyTest.STAFF_NIP, Role.AUDITOR, null);
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.roles", hasItem("AUDITOR")));
		}
		finally {
			this.jdbc.sql("""
					DELETE FROM role_grant WHERE role_name = 'AUDITOR'
					AND user_account = (SELECT id FROM user_account WHERE username = ?)""")
				.param(DemoAgencyTest.STAFF_NIP)
				.update();
			this.jdbc.sql("UPDATE user_account SET version = version + 1 WHERE username = ?")
				.param(DemoAgencyTest.STAFF_NIP)
				.update();
		}
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", not(hasItem("AUDITOR"))));
	}

	@Test
	void servesTheSameAnswerFromAKeptPrincipal() throws Exception {
		String bearer = TestSignIn.bearer(this.mvc, DemoAgencyTest.SUPERVISOR_NIP);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/v1/me").header("Authorization", bearer))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.username").value(DemoAgencyTest.SUPERVISOR_NIP))
				.andExpect(jsonPath("$.roles", hasItem("ATASAN")));
		}
	}

}
