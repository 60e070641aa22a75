package id.kinerja.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request size limits: bodies over the general limit are refused, uploads pass up to
 * their own limit, and evidence uploads clearly over the evidence limit are refused with
 * a problem naming it.
 */
class RequestSizeLimitFilterTests {

	private static final long LIMIT = 1024 * 1024;

	private static final long EVIDENCE_LIMIT = 10 * 1024 * 1024;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(problems(), LIMIT, EVIDENCE_LIMIT);

	@Test
	void refusesAJsonBodyOverTheLimit() throws Exception {
		MockHttpServletResponse response = run(request("/api/v1/skp", "application/json", LIMIT + 1));
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(body(response).get("detail").asString())
			.isEqualTo("What you sent is too large. Make it smaller and try again.");
	}

	@Test
	void letsAnEvidenceUploadUpToTheEvidenceLimitThrough() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletRequest request = request("/api/v1/realisations/12/evidence", "multipart/form-data; boundary=x",
				EVIDENCE_LIMIT + RequestSizeLimitFilter.EVIDENCE_OVERHEAD);
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	void refusesAnEvidenceUploadClearlyOverTheEvidenceLimitNamingIt() throws Exception {
		MockHttpServletResponse response = run(request("/api/v1/realisations/12/evidence",
				"multipart/form-data; boundary=x", EVIDENCE_LIMIT + RequestSizeLimitFilter.EVIDENCE_OVERHEAD + 1));
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode body = body(response);
		assertThat(body.get("status").asInt()).isEqualTo(413);
		assertThat(body.get("detail").asString()).isEqualTo("The file is larger than the limit of 10 MB.");
	}

	@Test
	void refusesAnOversizeEvidenceUploadInIndonesianByDefault() throws Exception {
		MockHttpServletRequest request = request("/api/v1/realisations/12/evidence", "multipart/form-data; boundary=x",
				50 * 1024 * 1024);
		request.removeHeader("Accept-Language");
		MockHttpServletResponse response = run(request);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(body(response).get("detail").asString()).isEqualTo("Berkas melebihi batas ukuran 10 MB.");
	}

	@Test
	void sendsAnOversizeEvidenceFormToTheErrorPage() throws Exception {
		MockHttpServletResponse response = run(
				request("/realisations/12/evidence", "multipart/form-data; boundary=x", 50 * 1024 * 1024));
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).isEmpty();
	}

	@Test
	void letsOtherUploadsThroughToTheirOwnLimit() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletRequest request = request("/api/v1/imports/employees", "multipart/form-data; boundary=x",
				50 * 1024 * 1024);
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	void writesLimitsAsPeopleReadThem() {
		assertThat(RequestSizeLimitFilter.sizeText(10 * 1024 * 1024)).isEqualTo("10 MB");
		assertThat(RequestSizeLimitFilter.sizeText(512 * 1024)).isEqualTo("512 KB");
		assertThat(RequestSizeLimitFilter.sizeText(1000)).isEqualTo("1000 B");
	}

	private MockHttpServletResponse run(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("the request went no further").isNull();
		return response;
	}

	private static MockHttpServletRequest request(String uri, String contentType, long length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {

			@Override
			public long getContentLengthLong() {
				return length;
			}

		};
		request.setContentType(contentType);
		request.addHeader("Accept-Language", "en");
		return request;
	}

	private JsonNode body(MockHttpServletResponse response) throws IOException {
		return this.json.readTree(response.getContentAsByteArray());
	}

	private ProblemResponses problems() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ProblemResponses(messages, new KinerjaLocaleResolver(), this.json);
	}

}
