package id.kinerja.evaluation;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.planning.PlanChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.kinerja.planning.PlanChain.ANALIS;
import static id.kinerja.planning.PlanChain.KABAN;
import static id.kinerja.planning.PlanChain.KABID;
import static id.kinerja.planning.PlanChain.KASUBBID;
import static id.kinerja.planning.PlanChain.PENGOLAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Receipt and appeals through the JSON API, on evaluations of the demo chain's plans of
 * 2028 built directly with the aggregate; each test uses periods of its own. The clock
 * stands on 10 January 2029, after the year ended.
 */
@DemoAgencyTest
class SignoffApiIntegrationTests {

	static final int YEAR = 2028;

	static final LocalDate TODAY = LocalDate.of(YEAR + 1, 1, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationRepository evaluations;

	PlanChain chain;

	SignoffFixture.Plans plans;

	@BeforeEach
	void setUp() throws Exception {
		this.chain = new PlanChain(this.mvc);
		this.plans = SignoffFixture.plans(this.chain, YEAR);
		TestClock.pin(TODAY);
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	Evaluation finalised(String period) {
		return SignoffFixture.evaluation(this.evaluations, this.jdbc, this.plans.analis(), period,
				Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, EvaluationStatus.FINALISED);
	}

	ResultActions acknowledge(String as, String period) throws Exception {
		return this.chain.send(as, "/api/v1/skp/{id}/evaluations/{p}/acknowledge", "{}", this.plans.analis(), period);
	}

	ResultActions appeal(String as, String period, String reasons) throws Exception {
		return this.chain.send(as, "/api/v1/skp/{id}/evaluations/{p}/appeal",
				"{\"reasons\":" + (reasons == null ? "null" : "\"" + reasons + "\"") + "}", this.plans.analis(),
				period);
	}

	long filedAppeal(String period) throws Exception {
		finalised(period);
		acknowledge(ANALIS, period).andExpect(status().isOk());
		return PlanChain
			.id(appeal(ANALIS, period, "Bukti dukung perilaku tidak dipertimbangkan.").andExpect(status().isCreated()));
	}

	ResultActions ask(String as, long appealId, String to, String body) throws Exception {
		return this.chain.send(as, "/api/v1/appeals/{id}/requests",
				"{\"addressedTo\":\"" + to + "\",\"body\":\"" + body + "\"}", appealId);
	}

	ResultActions answer(String as, long appealId, String body) throws Exception {
		return this.chain.send(as, "/api/v1/appeals/{id}/answers", "{\"body\":\"" + body + "\"}", appealId);
	}

	ResultActions decide(String as, long appealId, String json) throws Exception {
		return this.chain.send(as, "/api/v1/appeals/{id}/decision", json, appealId);
	}

	@Test
	void acknowledgingAFinalisedEvaluationOpensTheWindowOfFourteenDays() throws Exception {
		finalised("2028-01");
		acknowledge(ANALIS, "2028-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.appealDeadline").value(TODAY.plusDays(14).toString()))
			.andExpect(jsonPath("$.appealOpen").value(true))
			.andExpect(jsonPath("$.predikat").value("KURANG"));
		Evaluation read = this.evaluations.findBySkpIdAndPeriodCode(this.plans.analis(), "2028-01").orElseThrow();
		assertThat(read.getStatus()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
		assertThat(read.getAppealDeadline()).isEqualTo(LocalDate.of(2029, 1, 24));
		this.chain.get(KASUBBID, "/api/v1/skp/{id}/evaluations/{p}/receipt", this.plans.analis(), "2028-01")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appealOpen").value(false));
	}

	@Test
	void countsTheWindowInJakartaDays() throws Exception {
		finalised("2028-02");
		// 23:30 in Jakarta on 10 January is still 16:30 UTC the same day; 17:30 UTC is
		// already the 11th there.
		TestClock.pin(java.time.Instant.parse("2029-01-10T17:30:00Z"));
		acknowledge(ANALIS, "2028-02").andExpect(status().isOk())
			.andExpect(jsonPath("$.appealDeadline").value("2029-01-25"));
	}

	@Test
	void forbidsReceiptByAnyoneButTheOwner() throws Exception {
		finalised("2028-03");
		acknowledge(KASUBBID, "2028-03").andExpect(status().isForbidden());
		acknowledge(KABID, "2028-03").andExpect(status().isForbidden());
		acknowledge(PENGOLAH, "2028-03").andExpect(status().isForbidden());
		assertThat(this.evaluations.findBySkpIdAndPeriodCode(this.plans.analis(), "2028-03").orElseThrow().getStatus())
			.isEqualTo(EvaluationStatus.FINALISED);
	}

	@Test
	void refusesReceiptOfAnEvaluationNotFinalOrReceivedTwice() throws Exception {
		SignoffFixture.evaluation(this.evaluations, this.jdbc, this.plans.analis(), "2028-04", Rating.SESUAI_EKSPEKTASI,
				Rating.SESUAI_EKSPEKTASI, EvaluationStatus.RATED);
		acknowledge(ANALIS, "2028-04").andExpect(status().isConflict());
		finalised("2028-05");
		acknowledge(ANALIS, "2028-05").andExpect(status().isOk());
		acknowledge(ANALIS, "2028-05").andExpect(status().isConflict());
		acknowledge(ANALIS, "2028-11").andExpect(status().isNotFound());
	}

	@Test
	void filesAnAppealToTheAtasanPejabatPenilai() throws Exception {
		long appealId = filedAppeal("2028-06");
		long kabid = SignoffFixture.employeeId(this.jdbc, KABID);
		long kasubbid = SignoffFixture.employeeId(this.jdbc, KASUBBID);
		this.chain.get(ANALIS, "/api/v1/appeals/{id}", appealId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FILED"))
			.andExpect(jsonPath("$.deciderId").value(kabid))
			.andExpect(jsonPath("$.appraiserId").value(kasubbid))
			.andExpect(jsonPath("$.predikat").value("KURANG"))
			.andExpect(jsonPath("$.reasons").value("Bukti dukung perilaku tidak dipertimbangkan."));
		for (String reader : new String[] { KASUBBID, KABID, "admin" }) {
			this.chain.get(reader, "/api/v1/appeals/{id}", appealId).andExpect(status().isOk());
		}
		this.chain.get(PENGOLAH, "/api/v1/appeals/{id}", appealId).andExpect(status().isForbidden());
		this.chain.get(KABAN, "/api/v1/appeals/{id}", appealId).andExpect(status().isForbidden());
		String lists = this.chain.get(KABID, "/api/v1/appeals").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(lists, "$.toDecide[*].id")).contains((int) appealId);
		lists = this.chain.get(KASUBBID, "/api/v1/appeals").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(lists, "$.aboutMyRatings[*].id")).contains((int) appealId);
		lists = this.chain.get(ANALIS, "/api/v1/appeals").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(lists, "$.mine[*].id")).contains((int) appealId);
		assertThat(JsonPath.<java.util.List<Integer>>read(lists, "$.toDecide[*].id")).doesNotContain((int) appealId);
	}

	@Test
	void refusesAnAppealBeforeReceipt() throws Exception {
		finalised("2028-07");
		appeal(ANALIS, "2028-07", "Tidak setuju.").andExpect(status().isConflict());
		assertThat(appealCount("2028-07")).isZero();
	}

	@Test
	void refusesAnAppealAfterTheWindow() throws Exception {
		finalised("2028-08");
		acknowledge(ANALIS, "2028-08").andExpect(status().isOk());
		TestClock.pin(TODAY.plusDays(14));
		appeal(ANALIS, "2028-08", "Masih dalam batas.").andExpect(status().isCreated());
		finalised("2028-09");
		TestClock.pin(TODAY);
		acknowledge(ANALIS, "2028-09").andExpect(status().isOk());
		TestClock.pin(TODAY.plusDays(15));
		appeal(ANALIS, "2028-09", "Terlambat.").andExpect(status().isUnprocessableContent());
		assertThat(appealCount("2028-09")).isZero();
	}

	@Test
	void refusesAnAppealByAnyoneButTheOwner() throws Exception {
		finalised("2028-10");
		acknowledge(ANALIS, "2028-10").andExpect(status().isOk());
		appeal(KASUBBID, "2028-10", "Atas nama pegawai.").andExpect(status().isForbidden());
		appeal(PENGOLAH, "2028-10", "Atas nama rekan.").andExpect(status().isForbidden());
		appeal(KABID, "2028-10", "Atasan.").andExpect(status().isForbidden());
		assertThat(appealCount("2028-10")).isZero();
	}

	@Test
	void refusesASecondAppealAndEmptyReasons() throws Exception {
		finalised("2028-12");
		acknowledge(ANALIS, "2028-12").andExpect(status().isOk());
		appeal(ANALIS, "2028-12", "   ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reasons"))
			.andExpect(jsonPath("$.errors[0].message").value("Tuliskan alasan keberatan."));
		appeal(ANALIS, "2028-12", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reasons"));
		assertThat(appealCount("2028-12")).isZero();
		appeal(ANALIS, "2028-12", "Pertama.").andExpect(status().isCreated());
		appeal(ANALIS, "2028-12", "Kedua.").andExpect(status().isConflict());
		assertThat(appealCount("2028-12")).isOne();
	}

	@Test
	void letsTheDeciderAskAndOnlyTheAskedPartyAnswer() throws Exception {
		long appealId = filedAppeal("2028-Q1");
		ask(ANALIS, appealId, "APPRAISER", "Saya bertanya sendiri.").andExpect(status().isForbidden());
		ask(KASUBBID, appealId, "EMPLOYEE", "Penilai bertanya.").andExpect(status().isForbidden());
		ask(PENGOLAH, appealId, "APPRAISER", "Rekan.").andExpect(status().isForbidden());
		ask(KABID, appealId, "APPRAISER", " ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		ask(KABID, appealId, "DECIDER", "Diri sendiri.").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("addressedTo"));
		answer(KASUBBID, appealId, "Belum diminta.").andExpect(status().isForbidden());
		ask(KABID, appealId, "APPRAISER", "Mohon jelaskan rating perilaku.").andExpect(status().isOk())
			.andExpect(jsonPath("$.messages", hasSize(1)))
			.andExpect(jsonPath("$.messages[0].kind").value("REQUEST"))
			.andExpect(jsonPath("$.messages[0].addressedTo").value("APPRAISER"));
		answer(ANALIS, appealId, "Saya tidak diminta.").andExpect(status().isForbidden());
		answer(KABID, appealId, "Pemutus.").andExpect(status().isForbidden());
		answer(KASUBBID, appealId, "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		answer(KASUBBID, appealId, "Dua kali terlambat rapat koordinasi.").andExpect(status().isOk())
			.andExpect(jsonPath("$.messages", hasSize(2)))
			.andExpect(jsonPath("$.messages[1].kind").value("ANSWER"))
			.andExpect(jsonPath("$.messages[1].authorRole").value("APPRAISER"));
		answer(KASUBBID, appealId, "Sekali lagi.").andExpect(status().isForbidden());
		this.chain.get(ANALIS, "/api/v1/appeals/{id}", appealId)
			.andExpect(jsonPath("$.messages[1].body").value("Dua kali terlambat rapat koordinasi."));
	}

	@Test
	void changesTheRatingsByTheDecisionOnceAndFinally() throws Exception {
		long appealId = filedAppeal("2028-Q2");
		String change = "{\"decision\":\"CHANGE\",\"reason\":\"Bukti kehadiran lengkap.\","
				+ "\"ratingHasil\":\"SESUAI_EKSPEKTASI\",\"ratingPerilaku\":\"SESUAI_EKSPEKTASI\"}";
		decide(KASUBBID, appealId, change).andExpect(status().isForbidden());
		decide(ANALIS, appealId, change).andExpect(status().isForbidden());
		decide(KABAN, appealId, change).andExpect(status().isForbidden());
		decide(KABID, appealId, "{\"decision\":\"CHANGE\",\"reason\":\"Tanpa rating.\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ratingHasil"))
			.andExpect(jsonPath("$.errors[1].field").value("ratingPerilaku"));
		decide(KABID, appealId,
				"{\"decision\":\"CHANGE\",\"reason\":\"Sama.\",\"ratingHasil\":\"SESUAI_EKSPEKTASI\","
						+ "\"ratingPerilaku\":\"DI_BAWAH_EKSPEKTASI\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ratingHasil"));
		decide(KABID, appealId,
				"{\"decision\":\"CHANGE\",\"ratingHasil\":\"SESUAI_EKSPEKTASI\","
						+ "\"ratingPerilaku\":\"SESUAI_EKSPEKTASI\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		decide(KABID, appealId, "{\"reason\":\"Tanpa keputusan.\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decision"));
		assertThat(predikat("2028-Q2")).isEqualTo(Predikat.KURANG);
		decide(KABID, appealId, change).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision").value("CHANGE"))
			.andExpect(jsonPath("$.predikat").value("KURANG"))
			.andExpect(jsonPath("$.newPredikat").value("BAIK"))
			.andExpect(jsonPath("$.decidedBy").value(KABID));
		assertThat(predikat("2028-Q2")).isEqualTo(Predikat.BAIK);
		decide(KABID, appealId, "{\"decision\":\"KEEP\",\"reason\":\"Berubah pikiran.\"}")
			.andExpect(status().isConflict());
		ask(KABID, appealId, "EMPLOYEE", "Setelah putusan.").andExpect(status().isConflict());
		assertThat(predikat("2028-Q2")).isEqualTo(Predikat.BAIK);
		int audited = this.jdbc
			.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type LIKE '%Appeal%' AND entity_id = ?")
			.param(String.valueOf(appealId))
			.query(Integer.class)
			.single();
		assertThat(audited).isGreaterThanOrEqualTo(2);
	}

	@Test
	void keepsTheEvaluationWhenTheDecisionIsKeep() throws Exception {
		long appealId = filedAppeal("2028-Q3");
		long version = PlanChain.version(this.chain.get(KABID, "/api/v1/appeals/{id}", appealId));
		decide(KABID, appealId, "{\"decision\":\"KEEP\",\"reason\":\"Lama.\",\"version\":" + (version + 5) + "}")
			.andExpect(status().isConflict());
		decide(KABID, appealId,
				"{\"decision\":\"KEEP\",\"reason\":\"Rating sesuai bukti.\",\"version\":" + version + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("KEEP"))
			.andExpect(jsonPath("$.newPredikat").doesNotExist());
		assertThat(predikat("2028-Q3")).isEqualTo(Predikat.KURANG);
	}

	@Test
	void sendsTheAppealOfAJptPratamaToAdminBkpsdmWhenTheRegionalHeadIsAbove() throws Exception {
		long kabanPlan = SignoffFixture.planOf(this.jdbc, KABAN, YEAR);
		SignoffFixture.evaluation(this.evaluations, this.jdbc, kabanPlan, "2028-Q4", Rating.DI_BAWAH_EKSPEKTASI,
				Rating.SESUAI_EKSPEKTASI, EvaluationStatus.FINALISED, PlanChain.SEKDA);
		String path = "/api/v1/skp/{id}/evaluations/{p}/";
		this.chain.send(KABAN, path + "acknowledge", "{}", kabanPlan, "2028-Q4").andExpect(status().isOk());
		long appealId = PlanChain.id(this.chain
			.send(KABAN, path + "appeal", "{\"reasons\":\"Capaian program melampaui target.\"}", kabanPlan, "2028-Q4")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.decidedByAdmin").value(true)));
		String keep = "{\"decision\":\"KEEP\",\"reason\":\"Rating sesuai capaian.\"}";
		decide(PlanChain.SEKDA, appealId, keep).andExpect(status().isForbidden());
		ask("admin", appealId, "APPRAISER", "Mohon dasar rating hasil kerja.").andExpect(status().isOk());
		answer(PlanChain.SEKDA, appealId, "Dua program utama tertunda.").andExpect(status().isOk());
		decide("admin", appealId, keep).andExpect(status().isOk()).andExpect(jsonPath("$.decidedBy").value("admin"));
	}

	int appealCount(String period) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM appeal a JOIN evaluation e ON e.id = a.evaluation_id "
					+ "WHERE e.skp_id = ? AND e.period_code = ?")
			.param(this.plans.analis())
			.param(period)
			.query(Integer.class)
			.single();
	}

	Predikat predikat(String period) {
		return this.evaluations.findBySkpIdAndPeriodCode(this.plans.analis(), period).orElseThrow().getPredikat();
	}

}
