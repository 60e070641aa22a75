package id.kinerja.monitoring.dialogue;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.monitoring.dialogue.DialogueFixture.ANALIS;
import static id.kinerja.monitoring.dialogue.DialogueFixture.KASUBBID;
import static id.kinerja.monitoring.dialogue.DialogueFixture.PENGOLAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Dialog Kinerja and coaching pages, on days of 2089 (pinned). */
@DemoAgencyTest
class DialoguePagesIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2089, 8, 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void pin() {
		TestClock.pin(DAY);
	}

	@AfterEach
	void reset() {
		TestClock.reset();
	}

	long latest(String table) {
		return this.jdbc.sql("SELECT max(id) FROM " + table).query(Long.class).single();
	}

	@Test
	void schedulesADialogueAndFollowsItsActionsUpOnThePages() throws Exception {
		Cookie supervisor = TestSignIn.session(this.mvc, KASUBBID);
		Cookie employee = TestSignIn.session(this.mvc, ANALIS);
		this.mvc.perform(get("/dialogues").cookie(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"schedule-form\"")))
			.andExpect(content().string(containsString("value=\"" + ANALIS + "\"")))
			.andExpect(content().string(containsString("id=\"open-actions\"")));
		// The employee has no subordinates: no schedule form.
		this.mvc.perform(get("/dialogues").cookie(employee))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"schedule-form\""))));
		// A time passed and no agenda: both named on the form.
		this.mvc
			.perform(post("/dialogues").cookie(supervisor)
				.with(csrf())
				.param("employeeNip", ANALIS)
				.param("scheduledAt", "2089-08-01T09:00")
				.param("agenda", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"form-errors\"")))
			.andExpect(content().string(containsString("Jadwal dialog tidak boleh pada waktu yang sudah lewat.")))
			.andExpect(content().string(containsString("Tuliskan agenda dialog.")));
		this.mvc
			.perform(post("/dialogues").cookie(supervisor)
				.with(csrf())
				.param("employeeNip", ANALIS)
				.param("scheduledAt", "2089-08-05T09:00")
				.param("place", "Ruang rapat PKA")
				.param("agenda", "Capaian semester I <b>penting</b>"))
			.andExpect(redirectedUrlPattern("/dialogues/*"));
		long dialogue = latest("dialogue");
		this.mvc.perform(get("/dialogues/{id}", dialogue).cookie(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notes-form\"")))
			.andExpect(content().string(containsString("id=\"action-form\"")))
			.andExpect(content().string(containsString("05-08-2089 09:00")))
			.andExpect(content().string(containsString("Capaian semester I &lt;b&gt;penting&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("id=\"comment-form\""))));
		// Held with notes; an action due before the dialogue is refused, then agreed.
		this.mvc
			.perform(post("/dialogues/{id}/notes", dialogue).cookie(supervisor)
				.with(csrf())
				.param("notes", "Capaian baik; laporan perlu dipercepat")
				.param("version", "0")
				.param("held", "true"))
			.andExpect(flash().attribute("notice", "monitoring.dialogue.held-saved"));
		this.mvc
			.perform(post("/dialogues/{id}/actions", dialogue).cookie(supervisor)
				.with(csrf())
				.param("text", "Mempercepat laporan")
				.param("ownerNip", ANALIS)
				.param("dueDate", "2089-08-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Batas waktu tidak boleh sebelum tanggal dialog")));
		this.mvc
			.perform(post("/dialogues/{id}/actions", dialogue).cookie(supervisor)
				.with(csrf())
				.param("text", "Mempercepat laporan")
				.param("ownerNip", ANALIS)
				.param("dueDate", "2089-08-08"))
			.andExpect(flash().attribute("notice", "monitoring.dialogue.action-saved"));
		long action = latest("dialogue_action");
		// A week later the employee sees it overdue, comments, and marks it done in
		// place.
		TestClock.pin(DAY.plusDays(7));
		this.mvc.perform(get("/dialogues").cookie(employee))
			.andExpect(content().string(containsString("Mempercepat laporan")))
			.andExpect(content().string(containsString("Terlambat")));
		this.mvc.perform(get("/dialogues/{id}", dialogue).cookie(employee))
			.andExpect(content().string(containsString("id=\"comment-form\"")))
			.andExpect(content().string(not(containsString("id=\"notes-form\""))))
			.andExpect(content().string(containsString("hx-post=\"/dialogues/" + dialogue + "/actions/" + action)));
		this.mvc
			.perform(post("/dialogues/{id}/comment", dialogue).cookie(employee)
				.with(csrf())
				.param("comment", "Setuju")
				.param("agreed", "true")
				.param("version", "1"))
			.andExpect(flash().attribute("notice", "monitoring.dialogue.comment-saved"));
		this.mvc
			.perform(post("/dialogues/{id}/actions/{a}/follow-up", dialogue, action).cookie(employee)
				.with(csrf())
				.header("HX-Request", "true")
				.param("status", "DONE")
				.param("note", "Laporan terkirim")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"action-" + action + "\"")))
			.andExpect(content().string(containsString("Laporan terkirim")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.jdbc.sql("SELECT status FROM dialogue_action WHERE id = :id")
			.param("id", action)
			.query(String.class)
			.single()).isEqualTo("DONE");
		// A peer may not open it; the page speaks English when asked.
		this.mvc.perform(get("/dialogues/{id}", dialogue).cookie(TestSignIn.session(this.mvc, PENGOLAH)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/dialogues/{id}", dialogue).param("lang", "en").cookie(employee))
			.andExpect(content().string(containsString("Agreed actions")));
		this.mvc.perform(get("/dialogues").param("nip", ANALIS).cookie(TestSignIn.session(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Capaian semester I")));
	}

	@Test
	void recordsASessionAndTakesBothFormsOnThePages() throws Exception {
		Cookie coach = TestSignIn.session(this.mvc, KASUBBID);
		Cookie employee = TestSignIn.session(this.mvc, ANALIS);
		this.mvc.perform(get("/coaching").cookie(coach))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"session-form\"")));
		this.mvc
			.perform(post("/coaching").cookie(coach)
				.with(csrf())
				.param("employeeNip", ANALIS)
				.param("kind", "MENTORING")
				.param("sessionDate", DAY.plusDays(3).toString())
				.param("held", "true")
				.param("issues", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sesi yang sudah dilaksanakan tidak boleh bertanggal")))
			.andExpect(content().string(containsString("Tuliskan masalah yang dibahas.")));
		this.mvc
			.perform(post("/coaching").cookie(coach)
				.with(csrf())
				.param("employeeNip", ANALIS)
				.param("kind", "MENTORING")
				.param("sessionDate", DAY.minusDays(1).toString())
				.param("held", "true")
				.param("issues", "Pengembangan kompetensi analisis"))
			.andExpect(redirectedUrlPattern("/coaching/*"));
		long session = latest("coaching_session");
		this.mvc.perform(get("/coaching/{id}", session).cookie(coach))
			.andExpect(content().string(containsString("id=\"evaluation-form\"")))
			.andExpect(content().string(not(containsString("id=\"feedback-form\""))));
		this.mvc.perform(get("/coaching/{id}", session).cookie(employee))
			.andExpect(content().string(containsString("id=\"feedback-form\"")))
			.andExpect(content().string(containsString("Pembimbing mendengarkan masalah saya")))
			.andExpect(content().string(not(containsString("id=\"evaluation-form\""))));
		// A statement left out is named; then the whole form goes in, once.
		this.mvc.perform(
				post("/coaching/{id}/feedback", session).cookie(employee).with(csrf()).param("answer_CLEAR_GOALS", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"feedback-errors\"")))
			.andExpect(content().string(containsString("Pilih nilai untuk pernyataan ini.")));
		var full = post("/coaching/{id}/feedback", session).cookie(employee)
			.with(csrf())
			.param("comment", "Bermanfaat");
		for (String code : CoachingFeedback.STATEMENTS) {
			full = full.param("answer_" + code, "4");
		}
		this.mvc.perform(full).andExpect(flash().attribute("notice", "monitoring.coaching.feedback-saved"));
		this.mvc.perform(get("/coaching/{id}", session).cookie(employee))
			.andExpect(content().string(containsString("id=\"feedback\"")))
			.andExpect(content().string(not(containsString("id=\"feedback-form\""))));
		// The evaluation: a score without its reason is named by the competence.
		this.mvc
			.perform(post("/coaching/{id}/evaluation", session).cookie(coach)
				.with(csrf())
				.param("score_KOMUNIKASI", "4")
				.param("reason_KOMUNIKASI", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"evaluation-errors\"")))
			.andExpect(content().string(containsString("Tuliskan alasan nilai ini.")));
		this.mvc
			.perform(post("/coaching/{id}/evaluation", session).cookie(coach)
				.with(csrf())
				.param("score_KOMUNIKASI", "4")
				.param("reason_KOMUNIKASI", "Menyampaikan hasil analisis dengan jelas"))
			.andExpect(flash().attribute("notice", "monitoring.coaching.evaluation-saved"));
		this.mvc.perform(get("/coaching/{id}", session).cookie(employee))
			.andExpect(content().string(containsString("Menyampaikan hasil analisis dengan jelas")));
		this.mvc.perform(get("/coaching").param("lang", "en").cookie(employee))
			.andExpect(content().string(containsString("Coaching, mentoring and konseling")));
		this.mvc.perform(get("/coaching/{id}", session).cookie(TestSignIn.session(this.mvc, PENGOLAH)))
			.andExpect(status().isForbidden());
	}

}
