package id.kinerja.monitoring;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.monitoring.DailyLogApiIntegrationTests.ANALIS;
import static id.kinerja.monitoring.DailyLogApiIntegrationTests.KASUBBID;
import static id.kinerja.monitoring.DailyLogApiIntegrationTests.PENGOLAH;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoAgencyTest
class DailyLogPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void writesTheDayOnTheShortFormAndShowsTheWeekUpTheLine() throws Exception {
		Cookie analis = TestSignIn.session(this.mvc, ANALIS);
		LocalDate today = LocalDate.now();
		this.mvc.perform(get("/logs").cookie(analis))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"log-form\"")))
			.andExpect(content().string(containsString("id=\"nav-logs\"")));
		this.mvc
			.perform(post("/logs").cookie(analis)
				.with(csrf())
				.param("date", today.plusDays(2).toString())
				.param("activity", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("belum tiba")));
		this.mvc
			.perform(post("/logs").cookie(analis)
				.with(csrf())
				.param("date", today.toString())
				.param("activity", "Memverifikasi usul kenaikan pangkat")
				.param("output", "Berkas terverifikasi")
				.param("quantity", "12")
				.param("unit", "berkas"))
			.andExpect(flash().attribute("notice", "monitoring.log.saved"));
		this.mvc.perform(get("/logs").cookie(analis))
			.andExpect(content().string(containsString("Memverifikasi usul kenaikan pangkat")))
			.andExpect(content().string(containsString("12 berkas")));
		// The supervisor reads the week, without the form.
		this.mvc.perform(get("/logs").param("nip", ANALIS).cookie(TestSignIn.session(this.mvc, KASUBBID)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Memverifikasi usul kenaikan pangkat")))
			.andExpect(content().string(not(containsString("id=\"log-form\""))));
		this.mvc.perform(get("/logs").param("nip", ANALIS).cookie(TestSignIn.session(this.mvc, PENGOLAH)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/logs").param("lang", "en").cookie(analis))
			.andExpect(content().string(containsString("Daily log")));
	}

}
