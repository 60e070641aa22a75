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
	void showsTheMonthAsACalendarWithTheEntriesOfEachDay() throws Exception {
		id.kinerja.TestClock.pin(LocalDate.of(2069, 5, 20));
		try {
			Cookie analis = TestSignIn.session(this.mvc, ANALIS);
			for (String activity : new String[] { "Menyusun rekap absensi", "Memeriksa usul cuti" }) {
				this.mvc
					.perform(post("/logs").cookie(analis)
						.with(csrf())
						.param("date", "2069-05-19")
						.param("activity", activity))
					.andExpect(flash().attribute("notice", "monitoring.log.saved"));
			}
			String calendar = this.mvc.perform(get("/logs/calendar").param("month", "2069-05").cookie(analis))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String day = calendar.substring(calendar.indexOf("data-date=\"2069-05-19\""));
			day = day.substring(0, day.indexOf("</td>"));
			org.assertj.core.api.Assertions.assertThat(day).contains("calendar-count").contains(">2<");
			String other = calendar.substring(calendar.indexOf("data-date=\"2069-05-18\""));
			org.assertj.core.api.Assertions.assertThat(other.substring(0, other.indexOf("</td>")))
				.doesNotContain("calendar-count");
			this.mvc
				.perform(get("/logs/calendar").param("month", "2069-05")
					.param("nip", ANALIS)
					.cookie(TestSignIn.session(this.mvc, PENGOLAH)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/logs/calendar").param("month", "Mei").cookie(analis))
				.andExpect(status().isBadRequest());
		}
		finally {
			id.kinerja.TestClock.reset();
		}
	}

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
