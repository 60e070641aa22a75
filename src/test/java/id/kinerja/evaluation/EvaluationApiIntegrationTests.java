package id.kinerja.evaluation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.planning.PlanChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Periodic and annual ratings through the API on the demo chain of 2021: the analyst
 * submits the realisation of February, the Kepala Subbidang rates it; the annual rating
 * waits for the self-assessment; the Kepala Bidang rates the Kepala Subbidang, a unit
 * leader, by the unit's organisation result. Years taken: 2021 (and 2022 for the
 * combination, see {@link AnnualCombinationIntegrationTests}).
 */
@DemoAgencyTest
@RecordApplicationEvents
class EvaluationApiIntegrationTests {

	static final int YEAR = 2021;

	static final String FEBRUARY = YEAR + "-02";

	static final String RHK_JSON = """
			{"text": "Analisis capaian kinerja pegawai", "kind": "UTAMA", "supervisorRhkId": %d,
			 "indicators": [
			   {"text": "Laporan analisis yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"}]}""";

	private static long skpId;

	private static long colleagueSkpId;

	private static long kasubbidSkpId;

	private static long rhkId;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationResultRepository results;

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEvents events;

	PlanChain chain;

	@BeforeEach
	void plan() throws Exception {
		this.chain = new PlanChain(this.mvc);
		RatingYears.holdDemoPostsFrom2021(this.jdbc);
		// Tokens are issued on today's clock: a token issued on a pinned day of 2021
		// would
		// have expired long ago.
		for (String user : List.of(PlanChain.SEKDA, PlanChain.KABAN, KABID, KASUBBID, ANALIS, PENGOLAH, "admin",
				otherUnitHead())) {
			this.chain.token(user);
		}
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		if (skpId == 0) {
			long kasubbidRhk = this.chain.approvedChainToKasubbid(YEAR);
			skpId = this.chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, YEAR, RHK_JSON);
			colleagueSkpId = this.chain.approvedPlanUnderKasubbid(PENGOLAH, kasubbidRhk, YEAR, RHK_JSON);
			kasubbidSkpId = this.jdbc
				.sql("SELECT s.id FROM skp s JOIN employee e ON e.id = s.employee_id WHERE e.nip = :nip"
						+ " AND s.skp_year = :year")
				.param("nip", KASUBBID)
				.param("year", YEAR)
				.query(Long.class)
				.single();
			String json = this.chain.read(ANALIS, skpId).andReturn().getResponse().getContentAsString();
			Number rhk = JsonPath.read(json, "$.rhk[0].id");
			rhkId = rhk.longValue();
			submitRealisation(ANALIS, skpId, FEBRUARY);
			submitRealisation(PENGOLAH, colleagueSkpId, FEBRUARY);
		}
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	void submitRealisation(String owner, long skp, String period) throws Exception {
		String json = this.chain.read(owner, skp).andReturn().getResponse().getContentAsString();
		Number indicator = JsonPath.read(json, "$.rhk[0].indicators[0].id");
		this.chain
			.send(owner, "/api/v1/skp/{id}/realisations",
					"""
							{"period": "%s", "indicatorId": %d, "value": "1", "note": "Satu laporan",
							 "obstacle": "Data terlambat", "cause": "Unit lain", "fix": "Jadwal bersama"}"""
						.formatted(period, indicator.longValue()),
					skp)
			.andExpect(status().isCreated());
		this.chain.send(owner, "/api/v1/skp/{id}/periods/{p}/submit", "{}", skp, period).andExpect(status().isOk());
	}

	ResultActions rate(String as, long skp, String period, String body) throws Exception {
		return this.chain.put(as, "/api/v1/skp/{id}/evaluations/{p}", body, skp, period);
	}

	long version(long skp, String period) throws Exception {
		return PlanChain.version(
				this.chain.get(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}", skp, period).andExpect(status().isOk()));
	}

	String otherUnitHead() {
		return this.jdbc.sql("""
				SELECT e.nip FROM employee e JOIN assignment a ON a.employee_id = e.id
				JOIN job_position p ON p.id = a.position_id
				WHERE p.heads_unit AND a.end_date IS NULL AND e.nip NOT IN (:chain)
				ORDER BY e.nip""")
			.param("chain", List.of(PlanChain.SEKDA, PlanChain.KABAN, KABID, KASUBBID))
			.query(String.class)
			.list()
			.get(0);
	}

	@Test
	void ratesASubmittedPeriodAndReadsThePredikatBack() throws Exception {
		rate(KASUBBID, colleagueSkpId, FEBRUARY, """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI",
				 "notes": "Tertib", "recommendation": "Pelatihan analisis data",
				 "rhkFeedback": {"%d": "Laporan rapi"}, "valueFeedback": {"AKUNTABEL": "Tepat waktu"}}"""
			.formatted(JsonPath
				.<Number>read(this.chain.read(PENGOLAH, colleagueSkpId).andReturn().getResponse().getContentAsString(),
						"$.rhk[0].id")
				.longValue()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("BAIK"))
			.andExpect(jsonPath("$.status").value("RATED"))
			.andExpect(jsonPath("$.ratedBy").value(KASUBBID))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.unitLeader").value(false));
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/evaluations/{p}", colleagueSkpId, FEBRUARY)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("BAIK"))
			.andExpect(jsonPath("$.ratingHasil").value("SESUAI_EKSPEKTASI"))
			.andExpect(jsonPath("$.recommendation").value("Pelatihan analisis data"))
			.andExpect(jsonPath("$.subjects[*].feedback", hasItem("Laporan rapi")))
			.andExpect(jsonPath("$.subjects[*].feedback", hasItem("Tepat waktu")))
			.andExpect(jsonPath("$.mayRate").value(false));
		assertThat(this.events.stream(EvaluationRated.class)
			.filter((e) -> e.skpId() == colleagueSkpId && e.periodCode().equals(FEBRUARY))).singleElement()
			.extracting(EvaluationRated::predikat)
			.isEqualTo(Predikat.BAIK);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Evaluation'")
			.query(Long.class)
			.single()).isPositive();
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/evaluations", colleagueSkpId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '" + FEBRUARY + "')].predikat").value(hasItem("BAIK")))
			.andExpect(jsonPath("$[?(@.code == '" + YEAR + "')].annual").value(hasItem(true)));
	}

	@Test
	void givesThePredikatOfTheMatrixAndChangesItWhileRated() throws Exception {
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "DI_ATAS_EKSPEKTASI", "ratingPerilaku": "DI_ATAS_EKSPEKTASI",
				 "reason": "Semua laporan melampaui target"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("SANGAT_BAIK"));
		long version = version(skpId, FEBRUARY);
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "DI_BAWAH_EKSPEKTASI", "ratingPerilaku": "DI_ATAS_EKSPEKTASI",
				 "reason": "Laporan utama terlambat", "version": %d}""".formatted(version)).andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("BUTUH_PERBAIKAN"))
			.andExpect(jsonPath("$.reason").value("Laporan utama terlambat"));
		// An edit of the version read before the change: refused.
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI", "version": %d}"""
			.formatted(version)).andExpect(status().isConflict());
		this.chain.get(ANALIS, "/api/v1/skp/{id}/evaluations/{p}", skpId, FEBRUARY)
			.andExpect(jsonPath("$.predikat").value("BUTUH_PERBAIKAN"));
	}

	@Test
	void requiresAWrittenReasonForARatingAboveOrBelowExpectation() throws Exception {
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "DI_ATAS_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI", "reason": "  "}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].code").value("evaluation.rate.reason.required"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("alasan")));
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "DI_BAWAH_EKSPEKTASI"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void refusesUnknownAndMissingRatingsNamingTheField() throws Exception {
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "LUAR_BIASA", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("ratingHasil"))
			.andExpect(jsonPath("$.errors[0].code").value("evaluation.rate.unknown"));
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "SESUAI_EKSPEKTASI"}""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("ratingPerilaku"))
			.andExpect(jsonPath("$.errors[0].code").value("evaluation.rate.required"));
		rate(KASUBBID, skpId, FEBRUARY, """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI",
				 "rhkFeedback": {"999999": "x"}}""").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("rhkFeedback.999999"));
	}

	@Test
	void refusesInvalidPeriodsNamingThePeriod() throws Exception {
		// Malformed, not of the agency's (monthly) frequency, another year.
		for (String period : List.of(YEAR + "-13", YEAR + "-Q1", "2020-02", "bulan-ini")) {
			rate(KASUBBID, skpId, period, """
					{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""")
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value("period"));
		}
		this.chain.get(ANALIS, "/api/v1/skp/{id}/evaluations/{p}", skpId, "2020")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].code").value("evaluation.sheet.period.outside"));
	}

	@Test
	void refusesRatingAPeriodWhoseRealisationIsNotSubmitted() throws Exception {
		rate(KASUBBID, skpId, YEAR + "-01", """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.rate.not-submitted"));
		this.chain.get(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}", skpId, YEAR + "-01")
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.waitingFor").value("evaluation.rate.not-submitted"))
			.andExpect(jsonPath("$.mayRate").value(false));
		assertThat(this.evaluations.findBySkpIdAndPeriodCode(skpId, YEAR + "-01")).isEmpty();
	}

	@Test
	void refusesEveryoneButThePejabatPenilai() throws Exception {
		String body = """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""";
		// the owner
		rate(ANALIS, skpId, FEBRUARY, body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("evaluation.rate.own"));
		// a colleague
		rate(PENGOLAH, skpId, FEBRUARY, body).andExpect(status().isForbidden());
		// the atasan pejabat penilai (may read, does not rate)
		rate(KABID, skpId, FEBRUARY, body).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("evaluation.rate.appraiser-only"));
		// a subordinate rating his supervisor
		rate(ANALIS, kasubbidSkpId, String.valueOf(YEAR), body).andExpect(status().isForbidden());
		// another unit's head
		rate(otherUnitHead(), skpId, FEBRUARY, body).andExpect(status().isForbidden());
		// the admin, when the regional head is not the rater
		rate("admin", skpId, FEBRUARY, body).andExpect(status().isForbidden());
		// finalising and the self-assessment are guarded alike
		this.chain.send(PENGOLAH, "/api/v1/skp/{id}/evaluations/{p}/finalise", "{}", skpId, FEBRUARY)
			.andExpect(status().isForbidden());
		this.chain.put(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/self-assessment", """
				{"overall": "Bukan milik saya"}""", skpId, YEAR)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("evaluation.self.owner-only"));
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/evaluations", skpId).andExpect(status().isForbidden());
		// another agency: the plan does not exist for it
		Agency other = this.agencies
			.save(Agency.create("KAB-EVALUASI-RATING", "Pemerintah Kabupaten Evaluasi", AgencyType.KABUPATEN));
		this.accounts.createAccount(other.getId(), "admin-evaluasi-rating", "Admin Kabupaten Evaluasi",
				"rahasia-evaluasi-1", false, EnumSet.of(Role.ADMIN_BKPSDM), null);
		TestClock.reset();
		String otherAdmin = TestSignIn.bearer(this.mvc, "admin-evaluasi-rating", "rahasia-evaluasi-1");
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/skp/{id}/evaluations/{p}", skpId, FEBRUARY)
				.header("Authorization", otherAdmin)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/skp/{id}/evaluations/{p}", skpId, FEBRUARY)
				.header("Authorization", otherAdmin))
			.andExpect(status().isNotFound());
	}

	@Test
	void finalisesAPeriodicEvaluationAndLocksIt() throws Exception {
		String march = YEAR + "-03";
		TestClock.pin(LocalDate.of(YEAR, 4, 2));
		submitRealisation(PENGOLAH, colleagueSkpId, march);
		this.chain.send(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/finalise", "{}", colleagueSkpId, march)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.finalise.not-rated"));
		rate(KASUBBID, colleagueSkpId, march, """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""")
			.andExpect(status().isOk());
		this.chain.send(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/finalise", "{}", colleagueSkpId, march)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FINALISED"))
			.andExpect(jsonPath("$.finalisedBy").value(KASUBBID));
		assertThat(this.events.stream(EvaluationFinalised.class)
			.filter((e) -> e.skpId() == colleagueSkpId && e.periodCode().equals(march))).singleElement()
			.extracting(EvaluationFinalised::annual)
			.isEqualTo(false);
		rate(KASUBBID, colleagueSkpId, march, """
				{"ratingHasil": "DI_ATAS_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI", "reason": "Ubah"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.rating.locked"));
		this.chain.get(PENGOLAH, "/api/v1/skp/{id}/evaluations/{p}", colleagueSkpId, march)
			.andExpect(jsonPath("$.predikat").value("BAIK"));
		// the annual evaluation is finalised with its unit, not here
		this.chain.send(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/finalise", "{}", colleagueSkpId, YEAR)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.rate.annual-finalise"));
	}

	@Test
	void ratesTheYearOnlyAfterTheSelfAssessmentIsSubmitted() throws Exception {
		String year = String.valueOf(YEAR);
		String body = """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "DI_ATAS_EKSPEKTASI", "reason": "Kolaboratif"}""";
		rate(KASUBBID, skpId, year, body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.rate.self-not-submitted"));
		this.chain.send(ANALIS, "/api/v1/skp/{id}/evaluations/{p}/self-assessment/submit", "{}", skpId, year)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("overall"));
		this.chain.put(ANALIS, "/api/v1/skp/{id}/evaluations/{p}/self-assessment", """
				{"overall": "Target laporan tercapai <b>penuh</b>", "rhkNotes": {"%d": "12 laporan"},
				 "valueNotes": {"KOLABORATIF": "Membantu bidang lain"}}""".formatted(rhkId), skpId, year)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selfAssessment").value("Target laporan tercapai <b>penuh</b>"))
			.andExpect(jsonPath("$.subjects[*].selfNote", hasItem("12 laporan")))
			.andExpect(jsonPath("$.mayWriteSelfAssessment").value(true));
		rate(KASUBBID, skpId, year, body).andExpect(status().isConflict());
		this.chain.put(ANALIS, "/api/v1/skp/{id}/evaluations/{p}/self-assessment", """
				{"valueNotes": {"JUJUR": "x"}}""", skpId, year)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("valueNotes.JUJUR"));
		this.chain.send(ANALIS, "/api/v1/skp/{id}/evaluations/{p}/self-assessment/submit", "{}", skpId, year)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.selfSubmittedAt").isNotEmpty());
		this.chain.put(ANALIS, "/api/v1/skp/{id}/evaluations/{p}/self-assessment", """
				{"overall": "Ubah setelah diajukan"}""", skpId, year)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.self.submitted"));
		rate(KASUBBID, skpId, year, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("BAIK"))
			.andExpect(jsonPath("$.annual").value(true))
			.andExpect(jsonPath("$.selfAssessment").value("Target laporan tercapai <b>penuh</b>"));
		this.chain.get(ANALIS, "/api/v1/employees/{nip}/evaluations/{y}", ANALIS, YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plans", hasSize(1)))
			.andExpect(jsonPath("$.plans[0].predikat").value("BAIK"))
			.andExpect(jsonPath("$.plans[0].combined").value(true))
			.andExpect(jsonPath("$.predikat").value("BAIK"))
			.andExpect(jsonPath("$.combination").value("LONGEST"));
		this.chain.get(PENGOLAH, "/api/v1/employees/{nip}/evaluations/{y}", ANALIS, YEAR)
			.andExpect(status().isForbidden());
	}

	@Test
	void givesTheUnitLeaderTheRatingHasilOfTheOrganisationResult() throws Exception {
		String year = String.valueOf(YEAR);
		this.chain.put(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/self-assessment", """
				{"overall": "Rekap bulanan lengkap"}""", kasubbidSkpId, year).andExpect(status().isOk());
		this.chain.send(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/self-assessment/submit", "{}", kasubbidSkpId, year)
			.andExpect(status().isOk());
		String body = """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""";
		rate(KABID, kasubbidSkpId, year, body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.rate.org-result-missing"));
		this.chain.get(KABID, "/api/v1/skp/{id}/evaluations/{p}", kasubbidSkpId, year)
			.andExpect(jsonPath("$.unitLeader").value(true))
			.andExpect(jsonPath("$.mayRate").value(false));
		long unitId = this.jdbc.sql("SELECT unit_id FROM skp WHERE id = :id")
			.param("id", kasubbidSkpId)
			.query(Long.class)
			.single();
		long agencyId = this.jdbc.sql("SELECT agency_id FROM skp WHERE id = :id")
			.param("id", kasubbidSkpId)
			.query(Long.class)
			.single();
		this.results.save(OrganisationResult.of(agencyId, unitId, YEAR, OrganisationPredikat.ISTIMEWA, null, null));
		rate(KABID, kasubbidSkpId, year, body).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("ratingHasil"))
			.andExpect(jsonPath("$.errors[0].code").value("evaluation.rate.leader-hasil"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Istimewa")));
		// an omitted rating hasil is filled in from the organisation result
		rate(KABID, kasubbidSkpId, year, """
				{"ratingPerilaku": "SESUAI_EKSPEKTASI"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.ratingHasil").value("DI_ATAS_EKSPEKTASI"))
			.andExpect(jsonPath("$.predikat").value("BAIK"))
			.andExpect(jsonPath("$.organisationPredikat").value("ISTIMEWA"))
			.andExpect(jsonPath("$.leaderRatingHasil").value("DI_ATAS_EKSPEKTASI"));
		rate(KABID, kasubbidSkpId, year, """
				{"ratingHasil": "DI_ATAS_EKSPEKTASI", "ratingPerilaku": "DI_ATAS_EKSPEKTASI", "reason": "Teladan"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("SANGAT_BAIK"));
	}

	@Test
	void letsOnlyOneOfTwoConcurrentRatingsOfTheSameVersionThrough() throws Exception {
		String april = YEAR + "-04";
		TestClock.pin(LocalDate.of(YEAR, 5, 2));
		submitRealisation(ANALIS, skpId, april);
		rate(KASUBBID, skpId, april, """
				{"ratingHasil": "SESUAI_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI"}""")
			.andExpect(status().isOk());
		long version = version(skpId, april);
		String token = this.chain.token(KASUBBID);
		Callable<Integer> attempt = () -> this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/skp/{id}/evaluations/{p}", skpId, april)
				.header("Authorization", token)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"ratingHasil": "DI_BAWAH_EKSPEKTASI", "ratingPerilaku": "SESUAI_EKSPEKTASI",
						 "reason": "Terlambat", "version": %d}""".formatted(version)))
			.andReturn()
			.getResponse()
			.getStatus();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> outcomes = pool.invokeAll(List.of(attempt, attempt));
			List<Integer> statuses = List.of(outcomes.get(0).get(), outcomes.get(1).get());
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(version(skpId, april)).isEqualTo(version + 1);
	}

	@Test
	void listsTheTeamWithTheStateOfEachEvaluation() throws Exception {
		this.chain.get(KASUBBID, "/api/v1/evaluations/team?year={y}&period={p}", YEAR, YEAR + "-01")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.nip == '" + ANALIS + "')].state").value(hasItem("WAITING")));
		this.chain.get(KASUBBID, "/api/v1/evaluations/team?period={p}", YEAR + "-06")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.nip == '" + ANALIS + "')].state").value(hasItem("WAITING")));
		this.chain.get(ANALIS, "/api/v1/evaluations/team?year={y}", YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		this.chain.get(KASUBBID, "/api/v1/evaluations/team?year={y}&period={p}", YEAR, "2022-01")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

}
