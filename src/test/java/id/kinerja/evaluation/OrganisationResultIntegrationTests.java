package id.kinerja.evaluation;

import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may set a unit's organisation result (the leader above, by the unit tree or the
 * reporting line, and Admin BKPSDM — never the unit's own leader), the unit leader's
 * rating hasil kerja following it, and who is counted where: a sub-unit with its own
 * result keeps its people, a unit's leader counts one level up. Year 2025, on the demo's
 * BKPSDM › Bidang PKA › Subbidang Penilaian Kinerja.
 */
@DemoAgencyTest
class OrganisationResultIntegrationTests {

	static final int YEAR = 2025;

	static final String BKPSDM = "BKPSDM";

	static final String PKA = "BKPSDM.PKA";

	static final String S1 = "BKPSDM.PKA.S1";

	static final String PATH = "/api/v1/units/{kode}/organisation-result/{year}";

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

	private ResultActions set(String as, String unit, String predikat) throws Exception {
		return this.api.put(as, PATH, "{\"predikat\":\"" + predikat + "\"}", unit, YEAR);
	}

	private String leaderNipOf(String unit) {
		long leader = this.lines.unitLeaders(this.fixture.agencyId(), LocalDate.now()).get(this.fixture.unitId(unit));
		return this.jdbc.sql("SELECT nip FROM employee WHERE id = ?").param(leader).query(String.class).single();
	}

	@Test
	void theLeaderOfAnAncestorUnitSetsTheResult() throws Exception {
		set(PlanChain.KABAN, PKA, "BAIK").andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("BAIK"))
			.andExpect(jsonPath("$.leaderRatingHasil").value("SESUAI_EKSPEKTASI"));
		set(PlanChain.KABID, S1, "ISTIMEWA").andExpect(status().isOk());
		this.api.get(PlanChain.KASUBBID, PATH, S1, YEAR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.predikat").value("ISTIMEWA"));
		long audited = this.jdbc
			.sql("SELECT COUNT(*) FROM audit_record WHERE entity_id = (SELECT CAST(id AS VARCHAR(64)) FROM"
					+ " organisation_result WHERE unit_id = ? AND result_year = ?)")
			.param(this.fixture.unitId(S1))
			.param(YEAR)
			.query(Long.class)
			.single();
		assertThat(audited).isPositive();
	}

	@Test
	void whoStandsAboveTheUnitsLeaderInTheReportingLineSetsTheResult() throws Exception {
		// The Sekda leads SETDA, not an ancestor of BKPSDM, but the Kepala BKPSDM reports
		// to him.
		set(PlanChain.SEKDA, BKPSDM, "BAIK").andExpect(status().isOk());
	}

	@Test
	void adminBkpsdmSetsAnyUnitsResult() throws Exception {
		set("admin", "DISDIK", "KURANG").andExpect(status().isOk());
	}

	@Test
	void theUnitsOwnLeaderMayNotSetItsResult() throws Exception {
		set(PlanChain.KABID, PKA, "ISTIMEWA").andExpect(status().isForbidden());
		set(PlanChain.KASUBBID, S1, "ISTIMEWA").andExpect(status().isForbidden());
		set(PlanChain.KABAN, BKPSDM, "ISTIMEWA").andExpect(status().isForbidden());
	}

	@Test
	void subordinatesColleaguesAndOtherUnitsLeadersMayNotSetIt() throws Exception {
		set(PlanChain.ANALIS, S1, "ISTIMEWA").andExpect(status().isForbidden());
		set(PlanChain.PENGOLAH, S1, "ISTIMEWA").andExpect(status().isForbidden());
		set(PlanChain.KASUBBID, PKA, "ISTIMEWA").andExpect(status().isForbidden());
		set(leaderNipOf("DISDIK"), PKA, "ISTIMEWA").andExpect(status().isForbidden());
		set("auditor", PKA, "ISTIMEWA").andExpect(status().isForbidden());
		set("199304022018012001", PKA, "ISTIMEWA").andExpect(status().isForbidden());
		this.api.get(PlanChain.KABID, PATH, PKA, YEAR).andExpect(status().isNotFound());
	}

	@Test
	void refusesAChangeMadeToAnOlderVersion() throws Exception {
		String json = set("admin", S1, "BAIK").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long version = ((Number) JsonPath.read(json, "$.version")).longValue();
		this.api.put("admin", PATH, "{\"predikat\":\"ISTIMEWA\",\"version\":" + version + "}", S1, YEAR)
			.andExpect(status().isOk());
		this.api.put("admin", PATH, "{\"predikat\":\"KURANG\",\"version\":" + version + "}", S1, YEAR)
			.andExpect(status().isConflict());
	}

	@Test
	void theUnitLeadersRatingHasilFollowsTheResult() throws Exception {
		long kasubbid = this.fixture.employeeId(PlanChain.KASUBBID);
		Evaluation own = this.fixture.evaluation(kasubbid, S1, YEAR, null, null);
		own.rate(Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, null, null, null, null, "test",
				java.time.Instant.now());
		own = this.evaluations.save(own);
		assertThat(own.getPredikat()).isEqualTo(Predikat.BAIK);
		set(PlanChain.KABID, S1, "ISTIMEWA").andExpect(status().isOk());
		Evaluation followed = this.evaluations.findById(own.getId()).orElseThrow();
		assertThat(followed.getRatingHasil()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
		assertThat(followed.getRatingPerilaku()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
		assertThat(followed.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
		set(PlanChain.KABID, S1, "BUTUH_PERBAIKAN").andExpect(status().isOk());
		followed = this.evaluations.findById(own.getId()).orElseThrow();
		assertThat(followed.getRatingHasil()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
		assertThat(followed.getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
		// Someone else's evaluation in the unit does not follow.
		Evaluation analis = this.fixture.evaluation(this.fixture.employeeId(PlanChain.ANALIS), S1, YEAR, Predikat.BAIK,
				kasubbid);
		set(PlanChain.KABID, S1, "ISTIMEWA").andExpect(status().isOk());
		assertThat(this.evaluations.findById(analis.getId()).orElseThrow().getRatingHasil())
			.isEqualTo(Rating.SESUAI_EKSPEKTASI);
	}

	@Test
	void aSubUnitWithItsOwnResultKeepsItsPeopleAndALeaderCountsOneLevelUp() throws Exception {
		long kasubbid = this.fixture.employeeId(PlanChain.KASUBBID);
		long kabid = this.fixture.employeeId(PlanChain.KABID);
		Evaluation analis = this.fixture.evaluation(this.fixture.employeeId(PlanChain.ANALIS), S1, YEAR, Predikat.BAIK,
				kasubbid);
		this.fixture.evaluation(this.fixture.employeeId(PlanChain.PENGOLAH), S1, YEAR, Predikat.BUTUH_PERBAIKAN,
				kasubbid);
		this.fixture.evaluation(kasubbid, S1, YEAR, Predikat.SANGAT_BAIK, kabid);
		this.fixture.ratedLike(PKA, YEAR, Map.of(Predikat.BAIK, 1), kabid);
		this.fixture.evaluation(kabid, PKA, YEAR, Predikat.SANGAT_BAIK, null);
		set("admin", PKA, "BAIK").andExpect(status().isOk());
		set("admin", BKPSDM, "ISTIMEWA").andExpect(status().isOk());
		String distribution = "/api/v1/units/{kode}/distribution?year=" + YEAR;
		// Without its own result the subbidang's people count in the bidang, its leader
		// too.
		this.api.get("admin", distribution, PKA)
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.counts.SANGAT_BAIK").value(1));
		// The Kepala Bidang counts in BKPSDM, his rating hasil now the bidang's (Baik).
		this.api.get("admin", distribution, BKPSDM)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.counts.BAIK").value(1));
		set("admin", S1, "BAIK").andExpect(status().isOk());
		this.api.get("admin", distribution, S1)
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.counts.BAIK").value(1))
			.andExpect(jsonPath("$.counts.BUTUH_PERBAIKAN").value(1));
		// The Kepala Subbidang is rated by the Kepala Bidang: he counts in the bidang
		// (and
		// his Sangat Baik followed the subbidang's Baik).
		this.api.get("admin", distribution, PKA)
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.counts.SANGAT_BAIK").value(0))
			.andExpect(jsonPath("$.counts.BAIK").value(2));
		this.api.get("admin", "/api/v1/distribution?year=" + YEAR)
			.andExpect(jsonPath("$[*].code", containsInAnyOrder(BKPSDM, PKA, S1)));
		assertThat(analis.getId()).isNotNull();
	}

	@Test
	void refusesTheResultOnceTheUnitIsFinalised() throws Exception {
		set("admin", S1, "BAIK").andExpect(status().isOk());
		this.fixture.evaluation(this.fixture.employeeId(PlanChain.ANALIS), S1, YEAR, Predikat.BAIK, null);
		this.api.send(PlanChain.KASUBBID, "/api/v1/units/{kode}/finalisation/{year}", "{}", S1, YEAR)
			.andExpect(status().isCreated());
		set("admin", S1, "ISTIMEWA").andExpect(status().isConflict());
	}

}
