package id.kinerja.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers as a real servlet container gives them (error dispatch, container
 * limits), which a mock request cannot show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	@Test
	void refusesFormWithoutCsrfTokenWithAFriendlyPage() throws Exception {
		HttpResponse<String> response = send(
				request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=kinerja-demo")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Formulir sudah kedaluwarsa atau tidak lengkap")
			.contains("<html lang=\"id\">")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

	@Test
	void showsTheFriendlyPageInEnglishWhenChosen() throws Exception {
		HttpResponse<String> response = send(
				request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", "kinerja-lang=en")
					.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("The form has expired or is incomplete");
	}

	@Test
	void answersUnknownPageWithFriendlyNotFoundForAnonymous() throws Exception {
		HttpResponse<String> response = send(request("/webjars/nothing-here.js"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("tidak ditemukan").doesNotContain("Whitelabel");
	}

	@Test
	void refusesOversizedFormWith413Page() throws Exception {
		HttpResponse<String> response = send(
				request("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + "a".repeat(1_100_000))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("terlalu besar");
	}

	@Test
	void refusesOversizedJsonWith413Problem() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/auth/token").header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + "a".repeat(1_100_000) + "\"}")));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(response.body()).contains("\"status\":413").contains("too large");
	}

	@Test
	void answersUnsupportedMethodOnTheApiWithProblem() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/auth/token").GET());
		assertThat(response.statusCode()).isIn(401, 405);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

}
