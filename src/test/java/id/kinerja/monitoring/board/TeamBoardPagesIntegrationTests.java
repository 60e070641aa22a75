package id.kinerja.monitoring.board;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.monitoring.board.BoardFixture.ANALIS;
import static id.kinerja.monitoring.board.BoardFixture.KASUBBID;
import static id.kinerja.monitoring.board.BoardFixture.PENGOLAH;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The board and standing pages and their live fragments, in both languages. */
@DemoAgencyTest
class TeamBoardPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theBoardListensToTheTeamStreamAndRefetchesOnlyItsRows() throws Exception {
		Cookie session = TestSignIn.session(this.mvc, KASUBBID);
		this.mvc.perform(get("/team").param("year", "2080").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"member-" + ANALIS + "\""),
					containsString("id=\"member-" + PENGOLAH + "\""), containsString("sse-connect=\"/live\""),
					containsString("hx-trigger=\"sse:team\""),
					containsString("hx-get=\"/team/rows?year=2080&amp;period=2080-01\""),
					containsString("/webjars/htmx-ext-sse/2.2.2/sse.js"), containsString("Papan Tim"),
					containsString("id=\"nav-team\""), containsString("table-stack"))));
		this.mvc.perform(get("/team/rows").param("year", "2080").param("period", "2080-01").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"team-rows\""), containsString("id=\"member-" + ANALIS + "\""),
						not(containsString("<nav")), not(containsString("sse-connect")))));
		this.mvc.perform(get("/team").param("lang", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Team board"), containsString("Last activity"))));
		this.mvc.perform(get("/webjars/htmx-ext-sse/sse.js")).andExpect(status().isOk());
	}

	@Test
	void theBoardRefusesABadPeriodWithAPageAndShowsAnEmptyTeam() throws Exception {
		this.mvc
			.perform(get("/team").param("year", "2080")
				.param("period", "2080-99")
				.cookie(TestSignIn.session(this.mvc, KASUBBID)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/team").cookie(TestSignIn.session(this.mvc, ANALIS)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"team-empty\""), not(containsString("id=\"nav-team\"")))));
		this.mvc.perform(get("/team")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theStandingListensToTheOwnStream() throws Exception {
		Cookie session = TestSignIn.session(this.mvc, ANALIS);
		this.mvc.perform(get("/me/standing").param("year", "2080").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"standing-skp\""),
					containsString("hx-trigger=\"sse:employee\""), containsString("sse-connect=\"/live\""),
					containsString("Posisi Kinerja Saya"), containsString("31-01-2080"))));
		this.mvc.perform(get("/me/standing/rows").param("year", "2080").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"standing\""), not(containsString("<nav")))));
		this.mvc.perform(get("/me/standing").cookie(TestSignIn.session(this.mvc, "admin")))
			.andExpect(status().isForbidden());
	}

}
