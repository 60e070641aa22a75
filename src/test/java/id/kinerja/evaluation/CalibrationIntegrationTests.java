package id.kinerja.evaluation;

import java.util.Map;

import id.kinerja.DemoAgencyTest;
import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.PeriodService;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calibration in place and the finalisation of a unit: who may adjust (the unit's leader
 * and Admin BKPSDM), what is refused (no reason, not rated, an older version, a unit
 * leader's rating hasil other than his unit's result), the audit record, and finalisation
 * refused without a result, with someone unrated, under a hard block, or twice — and
 * done, with the misfit recorded, under a warning. Year 2027, on the demo's Subbidang
 * Penilaian Kinerja (the Kepala Subbidang leads it, the analyst and the pengolah work in
 * it).
 */
@DemoAgencyTest
@RecordApplicationEvents
class CalibrationIntegrationTests {

	static final int YEAR = 2027;

	static final String PKA = "BKPSDM.PKA";

	static final String S1 = "BKPSDM.PKA.S1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	ReportingLines lines;

	@Autowired
	PeriodService periods;

	@Autowired
	ApplicationEvents events;

	PlanChain api;

	CurveFixture fixture;

	Evaluation analis;

	Evaluation pengolah;

	@BeforeEach
	void unitOfTwoBaik() throws Exception {
		this.api = new PlanChain(this.mvc);
		this.fixture = new CurveFixture(this.jdbc, this.evaluations, this.lines);
		this.fixture.wipe(YEAR);
		this.fixture.settings(this.periods, YEAR, CurveEnforcement.WARNING, CurveScope.UNIT);
		long kasubbid = this.fixture.employeeId(PlanChain.KASUBBID);
		this.analis = this.fixture.evaluation(this.fixture.employeeId(PlanChain.ANALIS), S1, YEAR, Predikat.BAIK,
				kasubbid);
		this.pengolah = this.fixture.evaluation(this.fixture.employeeId(PlanChain.PENGOLAH), S1, YEAR, Predikat.BAIK,
				kasubbid);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.wipe(YEAR);
	}

	private void result(String unit, String predikat) throws Exception {
		this.api
			.put("admin", "/api/v1/units/{kode}/organisation-result/{year}", "{\"predikat\":\"" + predikat + "\"}",
					unit, YEAR)
			.andExpect(status().isOk());
	}

	private ResultActions calibrate(String as, Evaluation evaluation, String hasil, String perilaku, String reason)
			throws Exception {
		String body = "{\"ratingHasil\":\"" + hasil + "\",\"ratingPerilaku\":\"" + perilaku + "\",\"reason\":"
				+ ((reason == null) ? "null" : "\"" + reason + "\"") + "}";
		return this.api.put(as, "/api/v1/evaluations/{id}/calibration", body, evaluation.getId());
	}

	private ResultActions finalise(String as) throws Exception {
		return this.api.send(as, "/api/v1/units/{kode}/finalisation/{year}", "{}", S1, YEAR);
	}

	@Test
	void theUnitsLeaderAdjustsARatingWithAReasonAndTheCurveFitsAfterwards() throws Exception {
		result(S1, "BAIK");
		this.api.get(PlanChain.KASUBBID, "/api/v1/units/{kode}/distribution?year=" + YEAR, S1)
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.violations", hasSize(2)));
		calibrate(PlanChain.KASUBBID, this.pengolah, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI",
				"Target rekap triwulan IV tidak tercapai")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("BUTUH_PERBAIKAN"))
			.andExpect(jsonPath("$.calibratedBy").value(PlanChain.KASUBBID));
		this.api.get(PlanChain.KASUBBID, "/api/v1/units/{kode}/distribution?year=" + YEAR, S1)
			.andExpect(jsonPath("$.fits").value(true))
			.andExpect(jsonPath("$.counts.BUTUH_PERBAIKAN").value(1));
		String after = this.jdbc
			.sql("SELECT after_state FROM audit_record WHERE entity_id = ? AND actor = ? ORDER BY id DESC LIMIT 1")
			.param(String.valueOf(this.pengolah.getId()))
			.param(PlanChain.KASUBBID)
			.query(String.class)
			.single();
		assertThat(after).contains("Target rekap triwulan IV tidak tercapai").contains("BUTUH_PERBAIKAN");
	}

	@Test
	void adminBkpsdmCalibratesToo() throws Exception {
		calibrate("admin", this.analis, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "Inovasi aplikasi rekap")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("SANGAT_BAIK"));
	}

	@Test
	void colleaguesTheEmployeeTheLeaderAboveAndTheAuditorMayNotCalibrate() throws Exception {
		result(S1, "BAIK");
		calibrate(PlanChain.PENGOLAH, this.analis, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "x")
			.andExpect(status().isForbidden());
		calibrate(PlanChain.ANALIS, this.analis, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "x")
			.andExpect(status().isForbidden());
		calibrate(PlanChain.KABID, this.analis, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "x")
			.andExpect(status().isForbidden());
		calibrate("auditor", this.analis, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "x")
			.andExpect(status().isForbidden());
		assertThat(this.evaluations.findById(this.analis.getId()).orElseThrow().getPredikat()).isEqualTo(Predikat.BAIK);
	}

	@Test
	void refusesACalibrationWithoutReasonOrWithAnUnknownRating() throws Exception {
		calibrate(PlanChain.KASUBBID, this.analis, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("Tuliskan alasan kalibrasi."));
		calibrate(PlanChain.KASUBBID, this.analis, "LUAR_BIASA", "SESUAI_EKSPEKTASI", "x")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ratingHasil"));
	}

	@Test
	void refusesToCalibrateAnEvaluationNotRatedOrOfAnOlderVersion() throws Exception {
		Evaluation open = this.fixture.evaluation(this.fixture.freshEmployee(java.util.Set.of()), S1, YEAR, null, null);
		calibrate(PlanChain.KASUBBID, open, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "x")
			.andExpect(status().isConflict());
		String stale = "{\"ratingHasil\":\"SESUAI_EKSPEKTASI\",\"ratingPerilaku\":\"SESUAI_EKSPEKTASI\",\"reason\":\"x\","
				+ "\"version\":" + (this.analis.getVersion() - 1) + "}";
		this.api.put(PlanChain.KASUBBID, "/api/v1/evaluations/{id}/calibration", stale, this.analis.getId())
			.andExpect(status().isConflict());
	}

	@Test
	void aUnitLeadersRatingHasilStaysWhatHisUnitsResultGives() throws Exception {
		result(S1, "BAIK");
		result(PKA, "ISTIMEWA");
		Evaluation kasubbid = this.fixture.evaluation(this.fixture.employeeId(PlanChain.KASUBBID), S1, YEAR,
				Predikat.BAIK, this.fixture.employeeId(PlanChain.KABID));
		// He is counted in the bidang, so its leader calibrates him.
		calibrate(PlanChain.KABID, kasubbid, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "Unggul")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("ratingHasil"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Sesuai Ekspektasi")));
		calibrate(PlanChain.KABID, kasubbid, "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "Perilaku teladan")
			.andExpect(status().isOk());
		calibrate(PlanChain.KASUBBID, kasubbid, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "Diri sendiri")
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesToFinaliseWithoutAnOrganisationResult() throws Exception {
		finalise(PlanChain.KASUBBID).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.unitfinal.no-result"));
	}

	@Test
	void refusesToFinaliseWhileSomeoneIsUnratedListingThem() throws Exception {
		result(S1, "BAIK");
		long fresh = this.fixture.freshEmployee(java.util.Set.of());
		this.fixture.evaluation(fresh, S1, YEAR, null, null);
		String nip = this.jdbc.sql("SELECT nip FROM employee WHERE id = ?").param(fresh).query(String.class).single();
		finalise(PlanChain.KASUBBID).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("unrated"))
			.andExpect(jsonPath("$.errors[0].message", containsString(nip)));
		assertThat(this.evaluations.findById(this.analis.getId()).orElseThrow().getStatus())
			.isEqualTo(EvaluationStatus.RATED);
	}

	@Test
	void aHardBlockRefusesAMisfitWithItsViolations() throws Exception {
		this.fixture.settings(this.periods, YEAR, CurveEnforcement.BLOCK, CurveScope.UNIT);
		result(S1, "BAIK");
		finalise(PlanChain.KASUBBID).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.unitfinal.blocked"))
			.andExpect(jsonPath("$.violations", hasSize(2)))
			.andExpect(jsonPath("$.violations[?(@.rule == 'MAX_PERCENT')].by").value(1));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM unit_finalisation WHERE result_year = ?")
			.param(YEAR)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.evaluations.findById(this.analis.getId()).orElseThrow().getStatus())
			.isEqualTo(EvaluationStatus.RATED);
	}

	@Test
	void aWarningFinalisesAMisfitAndRecordsIt() throws Exception {
		result(S1, "BAIK");
		finalise(PlanChain.KASUBBID).andExpect(status().isCreated())
			.andExpect(jsonPath("$.curveFits").value(false))
			.andExpect(jsonPath("$.evaluations").value(2));
		assertThat(this.evaluations.findById(this.analis.getId()).orElseThrow().getStatus())
			.isEqualTo(EvaluationStatus.FINALISED);
		assertThat(this.evaluations.findById(this.pengolah.getId()).orElseThrow().getFinalisedBy())
			.isEqualTo(PlanChain.KASUBBID);
		assertThat(this.events.stream(EvaluationFinalised.class).filter(EvaluationFinalised::annual))
			.extracting(EvaluationFinalised::evaluationId)
			.containsExactlyInAnyOrder(this.analis.getId(), this.pengolah.getId());
		Boolean fits = this.jdbc.sql("SELECT curve_fits FROM unit_finalisation WHERE result_year = ?")
			.param(YEAR)
			.query(Boolean.class)
			.single();
		assertThat(fits).isFalse();
		// Locked now: no second finalisation, no calibration.
		finalise(PlanChain.KASUBBID).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("evaluation.unitfinal.already"));
		calibrate(PlanChain.KASUBBID, this.analis, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "x")
			.andExpect(status().isConflict());
		this.api.get(PlanChain.KASUBBID, "/api/v1/units/{kode}/distribution?year=" + YEAR, S1)
			.andExpect(jsonPath("$.finalised").value(true));
	}

	@Test
	void onlyTheUnitsLeaderOrAdminBkpsdmFinalises() throws Exception {
		result(S1, "BAIK");
		finalise(PlanChain.PENGOLAH).andExpect(status().isForbidden());
		finalise(PlanChain.KABID).andExpect(status().isForbidden());
		finalise("auditor").andExpect(status().isForbidden());
		finalise("199304022018012001").andExpect(status().isForbidden());
		assertThat(this.evaluations.findById(this.analis.getId()).orElseThrow().getStatus())
			.isEqualTo(EvaluationStatus.RATED);
		finalise("admin").andExpect(status().isCreated());
	}

}
