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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The distribution check through the API with real evaluations: every row of the curve
 * table of domain.md section 5, each with a fitting and a violating unit, the rounding of
 * small units, the per-appraiser scope, and who may read the agency-wide list. Year 2024.
 */
@DemoAgencyTest
class DistributionApiIntegrationTests {

	static final int YEAR = 2024;

	static final String UNIT = "DISDIK";

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

	PlanChain api;

	CurveFixture fixture;

	@BeforeEach
	void clean() {
		this.api = new PlanChain(this.mvc);
		this.fixture = new CurveFixture(this.jdbc, this.evaluations, this.lines);
		this.fixture.wipe(YEAR);
		this.fixture.settings(this.periods, YEAR, CurveEnforcement.WARNING, CurveScope.UNIT);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.wipe(YEAR);
	}

	private void result(String unit, String predikat) throws Exception {
		this.api
			.put("admin", "/api/v1/units/{kode}/organisation-result/{year}", "{\"predikat\":\"" + predikat + "\"}",
					unit, YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value(predikat));
	}

	private ResultActions distribution(String unit) throws Exception {
		return this.api.get("admin", "/api/v1/units/{kode}/distribution?year=" + YEAR, unit);
	}

	private ResultActions unitWith(String predikat, Map<Predikat, Integer> counts) throws Exception {
		result(UNIT, predikat);
		this.fixture.ratedLike(UNIT, YEAR, counts, null);
		return distribution(UNIT).andExpect(status().isOk()).andExpect(jsonPath("$.unitPredikat").value(predikat));
	}

	@Test
	void istimewaAllowsSeventyPercentSangatBaik() throws Exception {
		unitWith("ISTIMEWA", Map.of(Predikat.SANGAT_BAIK, 7, Predikat.BAIK, 3))
			.andExpect(jsonPath("$.fits").value(true))
			.andExpect(jsonPath("$.total").value(10))
			.andExpect(jsonPath("$.counts.SANGAT_BAIK").value(7))
			.andExpect(jsonPath("$.violations", hasSize(0)))
			.andExpect(jsonPath("$.bounds[0].rule").value("MAX_PERCENT"))
			.andExpect(jsonPath("$.bounds[0].allowed").value(7));
	}

	@Test
	void istimewaRefusesAnEighthSangatBaikOfTen() throws Exception {
		unitWith("ISTIMEWA", Map.of(Predikat.SANGAT_BAIK, 8, Predikat.BAIK, 2))
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.violations", hasSize(1)))
			.andExpect(jsonPath("$.violations[0].predikat").value("SANGAT_BAIK"))
			.andExpect(jsonPath("$.violations[0].rule").value("MAX_PERCENT"))
			.andExpect(jsonPath("$.violations[0].by").value(1))
			.andExpect(jsonPath("$.violations[0].message", containsString("Kelebihan 1 orang")));
	}

	@Test
	void roundsTheMaximumDownInASmallUnit() throws Exception {
		// 70 % of 5 is 3.5: at most 3 Sangat Baik.
		unitWith("ISTIMEWA", Map.of(Predikat.SANGAT_BAIK, 4, Predikat.BAIK, 1))
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.bounds[0].allowed").value(3))
			.andExpect(jsonPath("$.rounding", containsString("dibulatkan ke bawah")));
	}

	@Test
	void baikFitsWithSeventyPercentBaikAndOneButuhPerbaikan() throws Exception {
		unitWith("BAIK", Map.of(Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 7, Predikat.BUTUH_PERBAIKAN, 1))
			.andExpect(jsonPath("$.fits").value(true));
	}

	@Test
	void baikNeedsOneBelowAndAtMostSeventyPercentBaik() throws Exception {
		unitWith("BAIK", Map.of(Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 8)).andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.violations[*].rule", containsInAnyOrder("MAX_PERCENT", "MIN_COUNT")))
			.andExpect(jsonPath("$.violations[*].predikat", containsInAnyOrder("BAIK", "BUTUH_PERBAIKAN,KURANG")));
	}

	@Test
	void butuhPerbaikanFitsWithSixtyPercentAndOneSangatBaik() throws Exception {
		unitWith("BUTUH_PERBAIKAN", Map.of(Predikat.BUTUH_PERBAIKAN, 6, Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 3))
			.andExpect(jsonPath("$.fits").value(true));
	}

	@Test
	void butuhPerbaikanRefusesTooFewButuhPerbaikanAndTooManySangatBaik() throws Exception {
		unitWith("BUTUH_PERBAIKAN", Map.of(Predikat.BUTUH_PERBAIKAN, 5, Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 3))
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.violations", hasSize(2)))
			.andExpect(jsonPath("$.violations[?(@.rule == 'MIN_PERCENT')].by").value(1))
			.andExpect(jsonPath("$.violations[?(@.rule == 'MAX_PERCENT')].predikat").value("SANGAT_BAIK"));
	}

	@Test
	void kurangFitsWithSixtyPercentKurangAndTenPercentButuhPerbaikan() throws Exception {
		unitWith("KURANG",
				Map.of(Predikat.KURANG, 6, Predikat.BUTUH_PERBAIKAN, 1, Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 2))
			.andExpect(jsonPath("$.fits").value(true));
	}

	@Test
	void kurangRefusesEachOfItsThreeBounds() throws Exception {
		unitWith("KURANG", Map.of(Predikat.KURANG, 5, Predikat.SANGAT_BAIK, 2, Predikat.BAIK, 3))
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.violations", hasSize(3)))
			.andExpect(jsonPath("$.violations[*].predikat",
					containsInAnyOrder("KURANG", "BUTUH_PERBAIKAN", "SANGAT_BAIK")));
	}

	@Test
	void sangatKurangFitsWithSixtyPercentAndOneKurang() throws Exception {
		unitWith("SANGAT_KURANG", Map.of(Predikat.SANGAT_KURANG, 6, Predikat.KURANG, 1, Predikat.BAIK, 3))
			.andExpect(jsonPath("$.fits").value(true));
	}

	@Test
	void sangatKurangAllowsNoSangatBaik() throws Exception {
		unitWith("SANGAT_KURANG", Map.of(Predikat.SANGAT_KURANG, 6, Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 3))
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.violations[*].rule", containsInAnyOrder("MIN_PERCENT", "MAX_COUNT")))
			.andExpect(jsonPath("$.violations[?(@.rule == 'MAX_COUNT')].predikat").value("SANGAT_BAIK"));
	}

	@Test
	void aUnitWithoutResultFitsAndListsTheUnrated() throws Exception {
		this.fixture.ratedLike(UNIT, YEAR, Map.of(Predikat.SANGAT_BAIK, 3), null);
		Evaluation open = this.fixture.evaluation(this.fixture.freshEmployee(java.util.Set.of()), UNIT, YEAR, null,
				null);
		distribution(UNIT).andExpect(status().isOk())
			.andExpect(jsonPath("$.unitPredikat", nullValue()))
			.andExpect(jsonPath("$.fits").value(true))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.unrated", hasSize(1)))
			.andExpect(jsonPath("$.unrated[0].evaluationId").value(open.getId()))
			.andExpect(jsonPath("$.enforcement").value("WARNING"))
			.andExpect(jsonPath("$.bounds", hasSize(0)));
	}

	@Test
	void perAppraiserScopeChecksEachPejabatPenilaiAgainstTheUnitsPattern() throws Exception {
		long first = this.fixture.employeeId(PlanChain.KASUBBID);
		long second = this.fixture.employeeId(PlanChain.KABID);
		result(UNIT, "ISTIMEWA");
		this.fixture.ratedLike(UNIT, YEAR, Map.of(Predikat.SANGAT_BAIK, 2), first);
		this.fixture.ratedLike(UNIT, YEAR, Map.of(Predikat.SANGAT_BAIK, 1, Predikat.BAIK, 4), second);
		// Over the unit 3 of 7 are Sangat Baik: it fits.
		distribution(UNIT).andExpect(jsonPath("$.fits").value(true)).andExpect(jsonPath("$.groups", hasSize(0)));
		this.fixture.settings(this.periods, YEAR, CurveEnforcement.WARNING, CurveScope.APPRAISER);
		// The first appraiser gave 2 of 2 Sangat Baik, at most 1 is allowed.
		distribution(UNIT).andExpect(jsonPath("$.scope").value("APPRAISER"))
			.andExpect(jsonPath("$.fits").value(false))
			.andExpect(jsonPath("$.groups", hasSize(2)))
			.andExpect(jsonPath("$.violations", hasSize(1)))
			.andExpect(jsonPath("$.violations[0].appraiserId").value(first))
			.andExpect(jsonPath("$.groups[?(@.appraiserId == " + second + ")].fits").value(true));
	}

	@Test
	void refusesAnUnknownPredikatAndAYearOutsideThePlanningYears() throws Exception {
		this.api.put("admin", "/api/v1/units/{kode}/organisation-result/{year}", "{\"predikat\":\"HEBAT\"}", UNIT, YEAR)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("predikat"))
			.andExpect(jsonPath("$.errors[0].message", containsString("HEBAT")));
		this.api.put("admin", "/api/v1/units/{kode}/organisation-result/{year}", "{\"predikat\":\"BAIK\"}", UNIT, 2019)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		this.api.get("admin", "/api/v1/units/{kode}/organisation-result/{year}", UNIT, YEAR)
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAnUnknownUnit() throws Exception {
		distribution("TIDAK-ADA").andExpect(status().isNotFound());
		this.api
			.put("admin", "/api/v1/units/{kode}/organisation-result/{year}", "{\"predikat\":\"BAIK\"}", "TIDAK-ADA",
					YEAR)
			.andExpect(status().isNotFound());
	}

	@Test
	void agencyWideListShowsEachReaderTheUnitsTheyMaySee() throws Exception {
		result(UNIT, "BAIK");
		result("BKPSDM.PKA", "ISTIMEWA");
		this.fixture.ratedLike("BKPSDM.PKA", YEAR, Map.of(Predikat.SANGAT_BAIK, 1), null);
		String list = "/api/v1/distribution?year=" + YEAR;
		this.api.get("admin", list)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", containsInAnyOrder("BKPSDM.PKA", UNIT)))
			.andExpect(jsonPath("$[?(@.code == 'BKPSDM.PKA')].counts.SANGAT_BAIK").value(1))
			.andExpect(jsonPath("$[?(@.code == 'BKPSDM.PKA')].fits").value(false));
		this.api.get("auditor", list)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", containsInAnyOrder("BKPSDM.PKA", UNIT)));
		// Admin OPD of BKPSDM, and the Kepala BKPSDM: BKPSDM's subtree only.
		this.api.get("199304022018012001", list)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", containsInAnyOrder("BKPSDM.PKA")));
		this.api.get(PlanChain.KABAN, list)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", containsInAnyOrder("BKPSDM.PKA")));
		this.api.get(PlanChain.KABAN, "/api/v1/units/{kode}/distribution?year=" + YEAR, UNIT)
			.andExpect(status().isForbidden());
		// An employee who leads nothing reads no curve.
		this.api.get(PlanChain.ANALIS, list).andExpect(status().isForbidden());
		this.api.get(PlanChain.ANALIS, "/api/v1/units/{kode}/distribution?year=" + YEAR, "BKPSDM.PKA")
			.andExpect(status().isForbidden());
		this.api.get(PlanChain.ANALIS, "/api/v1/units/{kode}/organisation-result/{year}", "BKPSDM.PKA", YEAR)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", not(containsString("ISTIMEWA"))));
	}

}
