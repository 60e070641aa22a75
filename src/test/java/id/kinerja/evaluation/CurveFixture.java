package id.kinerja.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.PeriodService;
import id.kinerja.planning.PlanChain;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the curve: "unit X has n employees rated like this in year Y". Each
 * evaluation stands on an approved plan inserted for a demo employee (never a unit
 * leader, unless asked) in the given unit; each employee is used once per year, so that
 * the combined annual result is the one made here. {@link #wipe} removes the year's curve
 * data (plans and evaluations made here, results, finalisations) so that every test
 * starts clean. The years of these tests: 2024, 2025 and 2027.
 */
final class CurveFixture {

	static final String MARK = "curve-fixture";

	private final JdbcClient jdbc;

	private final EvaluationRepository evaluations;

	private final long agencyId;

	private final Deque<Long> pool = new ArrayDeque<>();

	CurveFixture(JdbcClient jdbc, EvaluationRepository evaluations, ReportingLines lines) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.agencyId = jdbc.sql("SELECT id FROM agency ORDER BY id LIMIT 1").query(Long.class).single();
		Set<Long> leaders = new HashSet<>(lines.unitLeaders(this.agencyId, LocalDate.of(2026, 6, 1)).values());
		jdbc.sql("SELECT id FROM employee WHERE agency_id = ? AND nip NOT IN (?, ?) ORDER BY id")
			.param(this.agencyId)
			.param(PlanChain.ANALIS)
			.param(PlanChain.PENGOLAH)
			.query(Long.class)
			.list()
			.stream()
			.filter((id) -> !leaders.contains(id))
			.forEach(this.pool::add);
	}

	long agencyId() {
		return this.agencyId;
	}

	long unitId(String code) {
		return this.jdbc.sql("SELECT id FROM unit WHERE agency_id = ? AND code = ?")
			.param(this.agencyId)
			.param(code)
			.query(Long.class)
			.single();
	}

	long employeeId(String nip) {
		return this.jdbc.sql("SELECT id FROM employee WHERE nip = ?").param(nip).query(Long.class).single();
	}

	/** Take an employee no test of this year has used yet (and who leads no unit). */
	long freshEmployee(Set<Long> avoid) {
		while (!this.pool.isEmpty()) {
			long id = this.pool.poll();
			if (!avoid.contains(id)) {
				return id;
			}
		}
		throw new IllegalStateException("the demo agency has run out of employees for the curve tests");
	}

	/** Remove the year's curve data. */
	void wipe(int year) {
		// What the finalisation's listeners record about these evaluations goes first.
		this.jdbc
			.sql("DELETE FROM development_need WHERE evaluation_id IN (SELECT e.id FROM evaluation e JOIN skp s"
					+ " ON s.id = e.skp_id WHERE e.period_year = ? AND s.created_by = ?)")
			.param(year)
			.param(MARK)
			.update();
		this.jdbc
			.sql("DELETE FROM evaluation WHERE period_year = ? AND skp_id IN (SELECT id FROM skp WHERE created_by = ?)")
			.param(year)
			.param(MARK)
			.update();
		this.jdbc.sql("DELETE FROM skp WHERE skp_year = ? AND created_by = ?").param(year).param(MARK).update();
		this.jdbc.sql("DELETE FROM unit_finalisation WHERE result_year = ?").param(year).update();
		this.jdbc.sql("DELETE FROM organisation_result WHERE result_year = ?").param(year).update();
	}

	/** Set how the year's curve is checked and enforced. */
	void settings(PeriodService periods, int year, CurveEnforcement enforcement, CurveScope scope) {
		periods.year(this.agencyId, year);
		this.jdbc
			.sql("UPDATE performance_period SET curve_enforcement = ?, curve_scope = ? WHERE agency_id = ?"
					+ " AND period_year = ?")
			.param(enforcement.name())
			.param(scope.name())
			.param(this.agencyId)
			.param(year)
			.update();
	}

	/** Insert an approved plan of the whole year for the employee in the unit. */
	long plan(long employeeId, long unitId, int year) {
		Instant now = Instant.now();
		this.jdbc
			.sql("INSERT INTO skp (agency_id, employee_id, skp_year, start_date, end_date, status, skp_format,"
					+ " approach, unit_id, golongan, appraiser_regional_head, created_at, created_by, updated_at,"
					+ " updated_by, version) VALUES (?, ?, ?, ?, ?, 'APPROVED', 'NON_JPT', 'KUANTITATIF', ?, 'III_A',"
					+ " FALSE, ?, ?, ?, ?, 0)")
			.param(this.agencyId)
			.param(employeeId)
			.param(year)
			.param(LocalDate.of(year, 1, 1))
			.param(LocalDate.of(year, 12, 31))
			.param(unitId)
			.param(java.sql.Timestamp.from(now))
			.param(MARK)
			.param(java.sql.Timestamp.from(now))
			.param(MARK)
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM skp WHERE employee_id = ? AND skp_year = ? AND created_by = ?")
			.param(employeeId)
			.param(year)
			.param(MARK)
			.query(Long.class)
			.single();
	}

	/** Return the two ratings that give the predikat. */
	static Rating[] ratingsFor(Predikat predikat) {
		return switch (predikat) {
			case SANGAT_BAIK -> new Rating[] { Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI };
			case BAIK -> new Rating[] { Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI };
			case BUTUH_PERBAIKAN -> new Rating[] { Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI };
			case KURANG -> new Rating[] { Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI };
			case SANGAT_KURANG -> new Rating[] { Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI };
		};
	}

	/**
	 * Open the employee's annual evaluation in the unit, rated to the predikat (or not).
	 */
	Evaluation evaluation(long employeeId, String unitCode, int year, @Nullable Predikat predikat,
			@Nullable Long raterId) {
		long unitId = unitId(unitCode);
		long skp = plan(employeeId, unitId, year);
		Evaluation evaluation = Evaluation.open(this.agencyId, skp, employeeId, String.valueOf(year), true, year,
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unitId);
		if (predikat != null) {
			Rating[] ratings = ratingsFor(predikat);
			evaluation.rate(ratings[0], ratings[1], "fixture", null, null, raterId, MARK,
					Instant.parse(year + "-12-20T03:00:00Z"));
		}
		return this.evaluations.save(evaluation);
	}

	/**
	 * Give the unit fresh employees rated with the counts given, in the order of the
	 * predikat; return their evaluations.
	 */
	List<Evaluation> ratedLike(String unitCode, int year, Map<Predikat, Integer> counts, @Nullable Long raterId) {
		List<Evaluation> made = new ArrayList<>();
		for (Predikat predikat : Predikat.values()) {
			for (int i = 0; i < counts.getOrDefault(predikat, 0); i++) {
				made.add(evaluation(freshEmployee(Set.of()), unitCode, year, predikat, raterId));
			}
		}
		return made;
	}

}
