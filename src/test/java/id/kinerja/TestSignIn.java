package id.kinerja;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signs a test client in through the token endpoint, as a real client would. */
public final class TestSignIn {

	private TestSignIn() {
	}

	/** Return the {@code Authorization} header value for a demo account. */
	public static String bearer(MockMvc mvc, String username) throws Exception {
		return bearer(mvc, username, DemoAgencyTest.PASSWORD);
	}

	/** Return the {@code Authorization} header value for an account and password. */
	public static String bearer(MockMvc mvc, String username, String password) throws Exception {
		String json = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + json.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
	}

	/**
	 * Sign a demo account in through the sign-in form, as a browser would, and return the
	 * session cookie for page requests.
	 */
	public static jakarta.servlet.http.Cookie session(MockMvc mvc, String username) throws Exception {
		return mvc
			.perform(post("/login").param("username", username)
				.param("password", DemoAgencyTest.PASSWORD)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
