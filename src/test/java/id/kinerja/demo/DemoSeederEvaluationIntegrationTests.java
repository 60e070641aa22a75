package id.kinerja.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.DemoAgencyTest;
import id.kinerja.agency.Jenjang;
import id.kinerja.employee.ReportingLines;
import id.kinerja.evaluation.AnnualResults;
import id.kinerja.evaluation.CreditPoints;
import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;
import id.kinerja.evaluation.Rating;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo agency's year-end of evaluation: periodic evaluations of the acknowledged
 * periods, an annual evaluation of every approved plan, organisation results with most
 * units fitting their curve and finalised, and exactly one unit in violation, left rated.
 * The curve is checked here from the stored rows with {@link DistributionCurve}, by the
 * population rule of {@code domain.md} section 5, independently of the loader.
 */
@DemoAgencyTest
class DemoSeederEvaluationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnnualResults annualResults;

	@Autowired
	ReportingLines lines;

	long agencyId;

	int year;

	LocalDate seededOn;

	@BeforeEach
	void findTheDemo() {
		this.agencyId = this.jdbc.sql("SELECT id FROM agency WHERE code = ?")
			.param(DemoSeeder.AGENCY_CODE)
			.query(Long.class)
			.single();
		this.year = LocalDate.now().getYear();
		// the day the shared context seeded the demo
		this.seededOn = LocalDate.now();
	}

	List<YearEndCurves.Verdict> verdicts() {
		return YearEndCurves.verdicts(this.jdbc, this.annualResults, this.lines, this.agencyId, this.year);
	}

	Set<String> finalisedUnits() {
		return new HashSet<>(this.jdbc.sql("""
				SELECT u.code FROM unit_finalisation f JOIN unit u ON u.id = f.unit_id
				WHERE f.agency_id = ? AND f.result_year = ? AND f.curve_fits""")
			.param(this.agencyId)
			.param(this.year)
			.query(String.class)
			.list());
	}

	@Test
	void mostUnitsFitTheirCurveAndAreFinalisedButBidangMutasiIsInViolationAndStillRated() {
		List<YearEndCurves.Verdict> verdicts = verdicts();
		Set<String> finalised = finalisedUnits();
		assertThat(verdicts).hasSizeGreaterThan(10);
		List<YearEndCurves.Verdict> red = verdicts.stream().filter((verdict) -> !verdict.check().fits()).toList();
		assertThat(red).extracting(YearEndCurves.Verdict::code).containsExactly("BKPSDM.MUTASI");
		assertThat(red.get(0).check().violations()).isNotEmpty();
		assertThat(red.get(0).people()).allSatisfy((person) -> assertThat(person.isFinal()).isFalse());
		assertThat(finalised).doesNotContain("BKPSDM.MUTASI").hasSize(verdicts.size() - 1);
		for (YearEndCurves.Verdict verdict : verdicts) {
			if (verdict.check().fits()) {
				assertThat(verdict.people()).as(verdict.code()).allSatisfy((person) -> {
					assertThat(person.isFinal()).isTrue();
					assertThat(person.predikat()).isNotNull();
				});
			}
		}
		// mostly Baik, some Istimewa
		Map<String, Long> byPredikat = new HashMap<>();
		this.jdbc.sql("SELECT predikat, count(*) FROM organisation_result WHERE agency_id = ? GROUP BY predikat")
			.param(this.agencyId)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.forEach((entry) -> byPredikat.put(entry.getKey(), entry.getValue()));
		assertThat(byPredikat.get("BAIK")).isGreaterThan(byPredikat.getOrDefault("ISTIMEWA", 0L));
		assertThat(byPredikat.keySet()).contains("BAIK", "ISTIMEWA");
	}

	@Test
	void everyApprovedPlanHasAnAnnualEvaluationWhosePredikatFollowsFromItsRatingsWithReasons() {
		long approved = this.jdbc
			.sql("SELECT count(*) FROM skp WHERE agency_id = ? AND skp_year = ? AND status = 'APPROVED'")
			.param(this.agencyId)
			.param(this.year)
			.query(Long.class)
			.single();
		record Row(long skpId, String ratingHasil, String ratingPerilaku, String predikat, @Nullable String reason,
				@Nullable String selfAssessment, @Nullable Object selfSubmittedAt, @Nullable Long ratedById) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT s.id AS skp_id, e.rating_hasil, e.rating_perilaku, e.predikat, e.reason, e.self_assessment,
				       e.self_submitted_at, e.rated_by_id
				FROM skp s JOIN evaluation e ON e.skp_id = s.id AND e.annual AND e.period_code = ?
				WHERE s.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED'""")
			.param(String.valueOf(this.year))
			.param(this.agencyId)
			.param(this.year)
			.query(Row.class)
			.list();
		assertThat(rows).hasSize((int) approved);
		Map<Predikat, Integer> spread = new EnumMap<>(Predikat.class);
		for (Row row : rows) {
			Rating hasil = Rating.valueOf(row.ratingHasil());
			Rating perilaku = Rating.valueOf(row.ratingPerilaku());
			assertThat(Predikat.valueOf(row.predikat())).isEqualTo(Predikat.of(hasil, perilaku));
			if (hasil.needsReason() || perilaku.needsReason()) {
				assertThat(row.reason()).as("reason of plan " + row.skpId()).isNotBlank();
			}
			assertThat(row.selfAssessment()).isNotBlank();
			assertThat(row.selfSubmittedAt()).isNotNull();
			spread.merge(Predikat.valueOf(row.predikat()), 1, Integer::sum);
		}
		assertThat(spread.get(Predikat.BAIK)).isGreaterThan(rows.size() / 3);
		assertThat(spread).containsKeys(Predikat.SANGAT_BAIK, Predikat.BUTUH_PERBAIKAN);
		// periodic ones too: no rating other than "as expected" without a reason
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM evaluation WHERE agency_id = ? AND reason IS NULL
				AND (rating_hasil <> 'SESUAI_EKSPEKTASI' OR rating_perilaku <> 'SESUAI_EKSPEKTASI')""")
			.param(this.agencyId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE agency_id = ? AND entity_type = 'Evaluation'")
			.param(this.agencyId)
			.query(Long.class)
			.single())
			.isGreaterThanOrEqualTo(this.jdbc.sql("SELECT count(*) FROM evaluation WHERE agency_id = ?")
				.param(this.agencyId)
				.query(Long.class)
				.single());
	}

	@Test
	void unitLeadersRatingHasilFollowsTheirUnitsOrganisationResult() {
		Map<Long, Long> leaders = this.lines.unitLeaders(this.agencyId, LocalDate.now());
		record Result(long unitId, String predikat) {
		}
		List<Result> results = this.jdbc
			.sql("SELECT unit_id, predikat FROM organisation_result WHERE agency_id = ? AND result_year = ?")
			.param(this.agencyId)
			.param(this.year)
			.query(Result.class)
			.list();
		int checked = 0;
		for (Result result : results) {
			Long leader = leaders.get(result.unitId());
			assertThat(leader).isNotNull();
			List<String> ratings = this.jdbc
				.sql("SELECT rating_hasil FROM evaluation WHERE employee_id = ? AND unit_id = ? AND annual"
						+ " AND period_year = ?")
				.param(leader)
				.param(result.unitId())
				.param(this.year)
				.query(String.class)
				.list();
			for (String rating : ratings) {
				assertThat(Rating.valueOf(rating))
					.isEqualTo(OrganisationPredikat.valueOf(result.predikat()).leaderRatingHasil());
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(results.size() / 2);
	}

	@Test
	void acknowledgedPeriodsAreRatedByThePejabatPenilaiAndEarlierOnesMostlyReceived() {
		long acknowledged = this.jdbc.sql("""
				SELECT count(*) FROM realisation_report p JOIN skp s ON s.id = p.skp_id
				WHERE p.agency_id = ? AND s.skp_year = ? AND s.status = 'APPROVED' AND p.status = 'ACKNOWLEDGED'""")
			.param(this.agencyId)
			.param(this.year)
			.query(Long.class)
			.single();
		record Periodic(long employeeId, @Nullable Long ratedById, String ratedBy, String status,
				java.sql.Date endDate) {
		}
		List<Periodic> periodic = this.jdbc.sql("""
				SELECT e.employee_id, e.rated_by_id, e.rated_by, e.status, s.end_date
				FROM evaluation e JOIN skp s ON s.id = e.skp_id
				WHERE e.agency_id = ? AND e.period_year = ? AND NOT e.annual""")
			.param(this.agencyId)
			.param(this.year)
			.query(Periodic.class)
			.list();
		assertThat(periodic).hasSize((int) acknowledged);
		List<Periodic> running = periodic.stream()
			.filter((row) -> !row.endDate().toLocalDate().isBefore(this.seededOn))
			.toList();
		var supervisors = this.lines.supervisorsOf(running.stream().map(Periodic::employeeId).toList(), this.seededOn);
		Map<Long, String> nips = new HashMap<>();
		this.jdbc.sql("SELECT id, nip FROM employee WHERE agency_id = ?")
			.param(this.agencyId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach((entry) -> nips.put(entry.getKey(), entry.getValue()));
		for (Periodic row : running) {
			Long appraiser = supervisors.get(row.employeeId()).employeeId();
			assertThat(row.ratedById()).isEqualTo(appraiser);
			if (appraiser != null) {
				assertThat(row.ratedBy()).isEqualTo(nips.get(appraiser));
			}
		}
		long received = periodic.stream().filter((row) -> row.status().equals("ACKNOWLEDGED")).count();
		assertThat(received * 100 / periodic.size()).isGreaterThan(60);
		assertThat(periodic).anySatisfy((row) -> assertThat(row.status()).isEqualTo("RATED"));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM evaluation_note n JOIN evaluation e ON e.id = n.evaluation_id "
					+ "WHERE e.agency_id = ? AND n.feedback IS NOT NULL AND n.rhk_id IS NOT NULL")
			.param(this.agencyId)
			.query(Long.class)
			.single()).isGreaterThan(50);
	}

	@Test
	void functionalStaffEarnCreditPointsAndWeakResultsGetADevelopmentNeed() {
		record Final(long id, String predikat, @Nullable String positionType, @Nullable String jenjang,
				LocalDate periodStart, LocalDate periodEnd, @Nullable BigDecimal creditPoints,
				@Nullable Integer creditMonths, @Nullable Long needId) {
		}
		List<Final> rows = this.jdbc
			.sql("""
					SELECT e.id, e.predikat, s.position_type, p.jenjang, e.period_start, e.period_end, e.credit_points,
					       e.credit_months, d.id AS need_id
					FROM evaluation e JOIN skp s ON s.id = e.skp_id LEFT JOIN job_position p ON p.id = s.position_id
					LEFT JOIN development_need d ON d.evaluation_id = e.id AND d.status = 'OPEN'
					WHERE e.agency_id = ? AND e.annual AND e.period_year = ? AND e.status IN ('FINALISED', 'ACKNOWLEDGED')""")
			.param(this.agencyId)
			.param(this.year)
			.query(Final.class)
			.list();
		int credited = 0;
		int needs = 0;
		for (Final row : rows) {
			Predikat predikat = Predikat.valueOf(row.predikat());
			if ("FUNGSIONAL".equals(row.positionType()) && row.jenjang() != null) {
				int months = AnnualResults.months(row.periodStart(), row.periodEnd());
				assertThat(row.creditMonths()).isEqualTo(months);
				assertThat(row.creditPoints())
					.isEqualByComparingTo(CreditPoints.of(Jenjang.valueOf(row.jenjang()), predikat, months));
				credited++;
			}
			else {
				assertThat(row.creditPoints()).isNull();
			}
			assertThat(row.needId() != null).as("development need of " + row.id())
				.isEqualTo(!predikat.atLeast(Predikat.BAIK));
			needs += (row.needId() != null) ? 1 : 0;
		}
		assertThat(credited).isPositive();
		assertThat(needs).isPositive();
		// received ones carry the last day of the appeal window
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM evaluation WHERE agency_id = ? AND status = 'ACKNOWLEDGED'
				AND (appeal_deadline IS NULL OR acknowledged_at IS NULL)""")
			.param(this.agencyId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void oneDemoEmployeeHasFiledAnAppealForTheAtasanPejabatPenilaiToDecide() {
		record Filed(long employeeId, long appraiserId, long deciderId, String status, String evaluationStatus,
				LocalDate appealDeadline) {
		}
		List<Filed> appeals = this.jdbc.sql("""
				SELECT a.employee_id, a.appraiser_id, a.decider_id, a.status, e.status AS evaluation_status,
				       e.appeal_deadline
				FROM appeal a JOIN evaluation e ON e.id = a.evaluation_id
				WHERE a.agency_id = ? AND e.period_year = ?""")
			.param(this.agencyId)
			.param(this.year)
			.query(Filed.class)
			.list();
		assertThat(appeals).hasSize(1);
		Filed appeal = appeals.get(0);
		assertThat(appeal.status()).isEqualTo("FILED");
		assertThat(appeal.evaluationStatus()).isEqualTo("ACKNOWLEDGED");
		assertThat(appeal.appealDeadline()).isAfterOrEqualTo(this.seededOn);
		assertThat(this.lines.supervisorOf(appeal.employeeId(), this.seededOn).employeeId())
			.isEqualTo(appeal.appraiserId());
		assertThat(this.lines.supervisorOf(appeal.appraiserId(), this.seededOn).employeeId())
			.isEqualTo(appeal.deciderId());
		String nip = this.jdbc.sql("SELECT nip FROM employee WHERE id = ?")
			.param(appeal.employeeId())
			.query(String.class)
			.single();
		assertThat(DemoSeeder.EVALUATION.appellantNips()).contains(nip);
	}

}
