package id.kinerja.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocalesTests {

	@Test
	void matchesAcceptLanguageToASupportedLanguage() {
		assertThat(Locales.fromAcceptLanguage("en-GB,en;q=0.9")).isEqualTo(Locale.ENGLISH);
		assertThat(Locales.fromAcceptLanguage("id-ID,id;q=0.9,en;q=0.8")).isEqualTo(Locales.INDONESIAN);
		assertThat(Locales.fromAcceptLanguage("fr-FR,en;q=0.5")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void fallsBackToIndonesian() {
		assertThat(Locales.fromAcceptLanguage(null)).isEqualTo(Locales.INDONESIAN);
		assertThat(Locales.fromAcceptLanguage("")).isEqualTo(Locales.INDONESIAN);
		assertThat(Locales.fromAcceptLanguage("ja")).isEqualTo(Locales.INDONESIAN);
		assertThat(Locales.fromAcceptLanguage("@@@;q=nonsense")).isEqualTo(Locales.INDONESIAN);
		assertThat(Locales.supported(Locale.forLanguageTag("xx"))).isEqualTo(Locales.INDONESIAN);
		assertThat(Locales.supported(new Locale("in"))).isEqualTo(Locales.INDONESIAN);
	}

	@Test
	void keepsTheIndonesianCodeAsId() {
		assertThat(Locales.INDONESIAN.getLanguage()).isEqualTo("id");
	}

	@Test
	void tellsApiRequestsFromPages() {
		assertThat(Locales.isApi(new MockHttpServletRequest("GET", "/api/v1/me"))).isTrue();
		assertThat(Locales.isApi(new MockHttpServletRequest("GET", "/audit"))).isFalse();
		MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
		error.setAttribute("jakarta.servlet.error.request_uri", "/api/v1/audit");
		assertThat(Locales.isApi(error)).isTrue();
	}

}
