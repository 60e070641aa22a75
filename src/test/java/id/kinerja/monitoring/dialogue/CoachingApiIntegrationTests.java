package id.kinerja.monitoring.dialogue;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.identity.AccountService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.kinerja.monitoring.dialogue.DialogueFixture.ADMIN_OPD;
import static id.kinerja.monitoring.dialogue.DialogueFixture.ANALIS;
import static id.kinerja.monitoring.dialogue.DialogueFixture.KABID;
import static id.kinerja.monitoring.dialogue.DialogueFixture.KASUBBID;
import static id.kinerja.monitoring.dialogue.DialogueFixture.PENGOLAH;
import static id.kinerja.monitoring.dialogue.DialogueFixture.audits;
import static id.kinerja.monitoring.dialogue.DialogueFixture.id;
import static id.kinerja.monitoring.dialogue.DialogueFixture.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coaching API on days of 2088 (pinned). */
@DemoAgencyTest
class CoachingApiIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2088, 5, 10);

	static final String ALL_FIVE = """
			{"CLEAR_GOALS": 5, "LISTENED": 5, "USEFUL_ADVICE": 4, "AGREED_ACTIONS": 4, "CONFIDENT": 3,
			 "TIME_WELL_USED": 5}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	DialogueFixture api;

	@BeforeEach
	void pin() {
		TestClock.pin(DAY);
		this.api = new DialogueFixture(this.mvc, this.messages);
	}

	@AfterEach
	void reset() {
		TestClock.reset();
	}

	ResultActions record(String as, String nip, String kind, LocalDate date, boolean held, String issues)
			throws Exception {
		String body = """
				{"employeeNip": "%s", "kind": "%s", "sessionDate": "%s", "held": %s, "issues": "%s",
				 "agreedActions": "Jadwal permintaan data", "followUp": "Dipantau bulanan"}""".formatted(nip, kind,
				date, held, issues);
		return this.api.post(as, "/api/v1/coaching", body);
	}

	ResultActions feedback(String as, long session, String answers) throws Exception {
		String body = """
				{"answers": %s, "comment": "Sangat membantu"}""".formatted(answers);
		return this.api.post(as, "/api/v1/coaching/{id}/feedback", body, session);
	}

	ResultActions evaluate(String as, long session, String competences) throws Exception {
		return this.api.put(as, "/api/v1/coaching/{id}/evaluation", "{\"competences\": " + competences + "}", session);
	}

	@Test
	void recordsAPastSessionWithTheEmployeesFeedbackAndTheCompetenceEvaluation() throws Exception {
		long session = id(record(KASUBBID, ANALIS, "KONSELING", DAY.minusDays(3), true,
				"Laporan sering terlambat karena beban kerja")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.kind").value("KONSELING"))
			.andExpect(jsonPath("$.coachNip").value(KASUBBID)));
		// Only the employee gives the feedback, once.
		feedback(KASUBBID, session, ALL_FIVE).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.coaching.feedback.employee-only")));
		feedback(PENGOLAH, session, ALL_FIVE).andExpect(status().isForbidden());
		feedback(ANALIS, session, ALL_FIVE).andExpect(status().isCreated())
			.andExpect(jsonPath("$.feedback.answers.CLEAR_GOALS").value(5))
			.andExpect(jsonPath("$.feedback.answers.CONFIDENT").value(3))
			.andExpect(jsonPath("$.feedback.comment").value("Sangat membantu"));
		feedback(ANALIS, session, ALL_FIVE).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("session"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.coaching.feedback.given")));
		// Only the coach fills in the competence evaluation.
		String two = """
				[{"code": "ORIENTASI_HASIL", "score": 3, "reason": "Target tercapai sebagian"},
				 {"code": "TEKNIS", "name": "Analisis data kinerja", "score": 4, "reason": "Menguasai pengolahan data"}]""";
		evaluate(ANALIS, session, two).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.coaching.evaluation.coach-only")));
		evaluate(KABID, session, two).andExpect(status().isForbidden());
		ResultActions evaluated = evaluate(KASUBBID, session, two).andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluation.competences", hasSize(2)))
			.andExpect(jsonPath("$.evaluation.competences[1].competenceName").value("Analisis data kinerja"))
			.andExpect(jsonPath("$.evaluation.competences[0].score").value(3));
		long evaluationVersion = ((Number) DialogueFixture.read(evaluated, "$.evaluation.version")).longValue();
		// Replaced at the version read; an older version is refused.
		String one = """
				{"competences": [{"code": "KOMUNIKASI", "score": 5, "reason": "Jelas"}], "version": %d}"""
			.formatted(evaluationVersion);
		this.api.put(KASUBBID, "/api/v1/coaching/{id}/evaluation", one, session)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluation.competences", hasSize(1)));
		this.api.put(KASUBBID, "/api/v1/coaching/{id}/evaluation", one, session).andExpect(status().isConflict());
		// Who reads it.
		for (String reader : new String[] { ANALIS, KASUBBID, KABID, "admin", "auditor", ADMIN_OPD }) {
			this.api.get(reader, "/api/v1/coaching/{id}", session)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.feedback.answers.LISTENED").value(5));
		}
		this.api.get(PENGOLAH, "/api/v1/coaching/{id}", session)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.coaching.denied")));
		this.api.get(DialogueFixture.outsider(this.jdbc), "/api/v1/coaching?nip=" + ANALIS)
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/coaching/{id}", session).header("Authorization",
					this.api.otherAgencyAdmin(this.agencies, this.accounts, DAY)))
			.andExpect(status().isNotFound());
		this.api.get(ANALIS, "/api/v1/coaching").andExpect(jsonPath("$[*].id", hasItem((int) session)));
		this.api.get(KASUBBID, "/api/v1/coaching").andExpect(jsonPath("$[*].id", hasItem((int) session)));
		this.api.get(KABID, "/api/v1/coaching?nip=" + ANALIS).andExpect(jsonPath("$[*].id", hasItem((int) session)));
		// Audited.
		assertThat(audits(this.jdbc, "CoachingSession", session)).isEqualTo(1);
		long feedbackId = this.jdbc.sql("SELECT id FROM coaching_feedback WHERE session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single();
		assertThat(audits(this.jdbc, "CoachingFeedback", feedbackId)).isEqualTo(1);
		long evaluationId = this.jdbc.sql("SELECT id FROM competence_evaluation WHERE session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single();
		assertThat(audits(this.jdbc, "CompetenceEvaluation", evaluationId)).isEqualTo(2);
	}

	@Test
	void refusesBadSessionsNamingEachField() throws Exception {
		String body = """
				{"employeeNip": "%s", "sessionDate": "%s", "held": true, "issues": " "}""".formatted(ANALIS,
				DAY.plusDays(1));
		this.api.post(KASUBBID, "/api/v1/coaching", body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')].message",
					hasItem(this.api.msg("monitoring.coaching.kind.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'sessionDate')].message",
					hasItem(this.api.msg("monitoring.coaching.date.future"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'issues')].message",
					hasItem(this.api.msg("monitoring.coaching.issues.required"))));
		record(KASUBBID, ANALIS, "MENTORING", DAY.minusDays(1), false, "Dijadwalkan ke belakang")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sessionDate"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.coaching.date.past")));
		record(KASUBBID, ANALIS, "BIMBINGAN", DAY, true, "Jenis tak dikenal").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.api.post(KASUBBID, "/api/v1/coaching", """
				{"kind": "COACHING", "sessionDate": "2088-05-10", "held": true, "issues": "x"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("employeeNip"));
		// Only one above the employee coaches them.
		record(PENGOLAH, ANALIS, "COACHING", DAY, true, "Rekan").andExpect(status().isForbidden());
		record(ANALIS, KASUBBID, "COACHING", DAY, true, "Ke atas").andExpect(status().isForbidden());
		record("admin", ANALIS, "COACHING", DAY, true, "Admin").andExpect(status().isForbidden());
	}

	@Test
	void takesFeedbackAndEvaluationOnlyAfterTheSessionAndRefusesBadScores() throws Exception {
		ResultActions scheduled = record(KASUBBID, ANALIS, "COACHING", DAY.plusDays(2), false,
				"Penyusunan laporan analisis")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		long session = id(scheduled);
		feedback(ANALIS, session, ALL_FIVE).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("session"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.coaching.feedback.not-held")));
		evaluate(KASUBBID, session, "[{\"code\": \"KOMUNIKASI\", \"score\": 4, \"reason\": \"x\"}]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("session"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.coaching.evaluation.not-held")));
		// Not held before its day, and only by the coach.
		String versioned = "{\"version\": " + version(scheduled) + "}";
		this.api.post(KASUBBID, "/api/v1/coaching/{id}/held", versioned, session)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sessionDate"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.coaching.held.future")));
		TestClock.pin(DAY.plusDays(2));
		this.api.post(ANALIS, "/api/v1/coaching/{id}/held", versioned, session)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.coaching.coach-only")));
		this.api.post(KASUBBID, "/api/v1/coaching/{id}/held", versioned, session)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"));
		this.api.post(KASUBBID, "/api/v1/coaching/{id}/cancel", "{}", session).andExpect(status().isConflict());
		// Scores outside 1-5, a statement left out, one not on the form.
		feedback(ANALIS, session, """
				{"CLEAR_GOALS": 0, "LISTENED": 6, "USEFUL_ADVICE": 4, "AGREED_ACTIONS": 4, "CONFIDENT": 3,
				 "MOOD": 2}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(4)))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.CLEAR_GOALS')].message",
					hasItem(this.api.msg("monitoring.coaching.score.range"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.LISTENED')].message",
					hasItem(this.api.msg("monitoring.coaching.score.range"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.TIME_WELL_USED')].message",
					hasItem(this.api.msg("monitoring.coaching.feedback.answer.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'answers.MOOD')].message",
					hasItem(this.api.msg("monitoring.coaching.feedback.answer.unknown"))));
		evaluate(KASUBBID, session, """
				[{"code": "KOMUNIKASI", "score": 7, "reason": "Terlalu tinggi"},
				 {"code": "INTEGRITAS", "score": 4, "reason": " "},
				 {"code": "KOMUNIKASI", "score": 3, "reason": "Dua kali"},
				 {"code": "TEKNIS", "score": 3, "reason": "Tanpa nama"},
				 {"code": "SIHIR", "score": 3, "reason": "Tak dikenal"}]""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(5)))
			.andExpect(jsonPath("$.errors[?(@.field == 'competences[0].score')].message",
					hasItem(this.api.msg("monitoring.coaching.score.range"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'competences[1].reason')].message",
					hasItem(this.api.msg("monitoring.coaching.evaluation.reason.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'competences[2].code')].message",
					hasItem(this.api.msg("monitoring.coaching.evaluation.code.twice"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'competences[3].name')].message",
					hasItem(this.api.msg("monitoring.coaching.evaluation.name.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'competences[4].code')].message",
					hasItem(this.api.msg("monitoring.coaching.evaluation.code.unknown"))));
		evaluate(KASUBBID, session, "[]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("competences"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.coaching.evaluation.empty")));
		// Nothing was written by the refusals.
		assertThat(this.jdbc.sql("SELECT count(*) FROM coaching_feedback WHERE session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM competence_evaluation WHERE session_id = :id")
			.param("id", session)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void describesTheFormsInTheCallersLanguageAndSeedsADemoSession(@Autowired CoachingService coaching)
			throws Exception {
		this.mvc
			.perform(get("/api/v1/coaching/forms").header("Authorization", this.api.token(ANALIS))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statements", hasSize(6)))
			.andExpect(jsonPath("$.statements[1].code").value("LISTENED"))
			.andExpect(jsonPath("$.statements[1].text").value("The coach listened to my problems seriously."))
			.andExpect(jsonPath("$.competences[?(@.code == 'TEKNIS')].text", hasItem("Technical competence")));
		long agency = this.jdbc.sql("SELECT agency_id FROM employee WHERE nip = :nip")
			.param("nip", KASUBBID)
			.query(Long.class)
			.single();
		long coach = this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip")
			.param("nip", KASUBBID)
			.query(Long.class)
			.single();
		long employee = this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip")
			.param("nip", PENGOLAH)
			.query(Long.class)
			.single();
		CoachingSession seeded = coaching.seedDemo(agency, coach, employee, DAY);
		assertThat(seeded.getStatus()).isEqualTo(DialogueStatus.HELD);
		// The employee can give feedback on the seeded session.
		feedback(PENGOLAH, seeded.getId(), ALL_FIVE).andExpect(status().isCreated());
	}

}
