package id.kinerja.evaluation;

import java.util.Map;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.PeriodService;
import id.kinerja.planning.PlanChain;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Monitoring Kurva and calibration pages: the leader above sets a unit's result from
 * the list (an htmx swap of the unit's line), the Auditor reads the calibration page
 * without its forms, someone outside the unit is refused, and a row's calibration answers
 * with the row and the curve panel. Year 2024.
 */
@DemoAgencyTest
class CurvePagesIntegrationTests {

	static final int YEAR = 2024;

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

	CurveFixture fixture;

	@BeforeEach
	void clean() {
		this.fixture = new CurveFixture(this.jdbc, this.evaluations, this.lines);
		this.fixture.wipe(YEAR);
		this.fixture.settings(this.periods, YEAR, CurveEnforcement.WARNING, CurveScope.UNIT);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.wipe(YEAR);
	}

	@Test
	void theLeaderAboveSetsAUnitsResultFromMonitoringKurva() throws Exception {
		Cookie kabid = TestSignIn.session(this.mvc, PlanChain.KABID);
		this.mvc.perform(get("/evaluasi/kurva").param("year", String.valueOf(YEAR)).cookie(kabid))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-BKPSDM.PKA.S1\"")))
			.andExpect(content().string(containsString("id=\"set-BKPSDM.PKA.S1\"")))
			.andExpect(content().string(not(containsString("id=\"set-BKPSDM.PKA\""))))
			.andExpect(content().string(containsString("Aturan pembulatan")));
		this.mvc
			.perform(post("/evaluasi/kurva/{k}/{y}/hasil", S1, YEAR).cookie(kabid)
				.with(csrf())
				.header("HX-Request", "true")
				.param("predikat", "ISTIMEWA"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Predikat organisasi: Istimewa")))
			.andExpect(content().string(containsString("row-saved")));
		assertThat(this.jdbc.sql("SELECT predikat FROM organisation_result WHERE result_year = ?")
			.param(YEAR)
			.query(String.class)
			.single()).isEqualTo("ISTIMEWA");
	}

	@Test
	void whoStandsAboveAUnitsLeaderSeesAndSetsItOnMonitoringKurva() throws Exception {
		// The Sekda leads SETDA; the Kepala BKPSDM reports to him.
		Cookie sekda = TestSignIn.session(this.mvc, PlanChain.SEKDA);
		this.mvc.perform(get("/evaluasi/kurva").param("year", String.valueOf(YEAR)).cookie(sekda))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"set-BKPSDM\"")))
			.andExpect(content().string(not(containsString("id=\"set-SETDA\""))));
	}

	@Test
	void anEmployeeWhoLeadsNothingIsRefusedTheCurvePages() throws Exception {
		Cookie analis = TestSignIn.session(this.mvc, PlanChain.ANALIS);
		this.mvc.perform(get("/evaluasi/kurva").param("year", String.valueOf(YEAR)).cookie(analis))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/evaluasi/kalibrasi/{k}/{y}", S1, YEAR).cookie(analis)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/evaluasi/kurva/{k}/{y}/hasil", S1, YEAR).cookie(analis)
				.with(csrf())
				.header("HX-Request", "true")
				.param("predikat", "ISTIMEWA"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theAuditorReadsTheCalibrationPageWithoutItsForms() throws Exception {
		this.fixture.ratedLike(S1, YEAR, Map.of(Predikat.BAIK, 2), null);
		Cookie auditor = TestSignIn.session(this.mvc, "auditor");
		this.mvc.perform(get("/evaluasi/kalibrasi/{k}/{y}", S1, YEAR).cookie(auditor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("calibration-member")))
			.andExpect(content().string(not(containsString("calibrate-form"))))
			.andExpect(content().string(not(containsString("finalise-unit"))));
	}

	@Test
	void aRowsCalibrationAnswersWithTheRowAndTheCurvePanel() throws Exception {
		Evaluation one = this.fixture.ratedLike(S1, YEAR, Map.of(Predikat.BAIK, 2), null).get(0);
		Cookie kasubbid = TestSignIn.session(this.mvc, PlanChain.KASUBBID);
		this.mvc
			.perform(post("/evaluasi/kalibrasi/{k}/{y}/{id}", S1, YEAR, one.getId()).cookie(kasubbid)
				.with(csrf())
				.header("HX-Request", "true")
				.param("ratingHasil", "DI_BAWAH_EKSPEKTASI")
				.param("ratingPerilaku", "SESUAI_EKSPEKTASI")
				.param("reason", "Target tidak tercapai")
				.param("version", String.valueOf(one.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"member-" + one.getId() + "\"")))
			.andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
			.andExpect(content().string(containsString("Butuh Perbaikan")));
		assertThat(this.evaluations.findById(one.getId()).orElseThrow().getPredikat())
			.isEqualTo(Predikat.BUTUH_PERBAIKAN);
		Cookie pengolah = TestSignIn.session(this.mvc, PlanChain.PENGOLAH);
		this.mvc
			.perform(post("/evaluasi/kalibrasi/{k}/{y}/{id}", S1, YEAR, one.getId()).cookie(pengolah)
				.with(csrf())
				.header("HX-Request", "true")
				.param("ratingHasil", "DI_ATAS_EKSPEKTASI")
				.param("ratingPerilaku", "DI_ATAS_EKSPEKTASI")
				.param("reason", "x"))
			.andExpect(status().isForbidden());
	}

}
