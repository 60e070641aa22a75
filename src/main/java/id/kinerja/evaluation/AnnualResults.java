package id.kinerja.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kinerja.planning.AnnualCombination;
import id.kinerja.planning.PeriodService;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one annual result of each employee in a year. An employee with several SKPs in a
 * year (a move mid-year) has each rated; the agency combines them into one predikat by
 * its setting ({@link AnnualCombination}) — by default the SKP covering the most months
 * (a tie goes to the later one); or the latest SKP; or the lowest predikat (while one of
 * them is unrated, that unrated one stands for the result: it is not known yet).
 * Set-based: one query for the whole agency, so the agency-wide curve check stays fast.
 * Callers check access; this reads without asking who is signed in.
 */
@Component
@Transactional(readOnly = true)
public class AnnualResults {

	private final JdbcClient jdbc;

	private final PeriodService periods;

	AnnualResults(JdbcClient jdbc, PeriodService periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	/**
	 * One annual evaluation as the combination sees it.
	 *
	 * @param evaluationId the evaluation
	 * @param employeeId the employee
	 * @param skpId the plan
	 * @param unitId the plan's unit
	 * @param start the first day the plan covers in the year
	 * @param end the last day
	 * @param status where the evaluation stands
	 * @param predikat its predikat, null until rated
	 */
	public record AnnualResult(long evaluationId, long employeeId, long skpId, @Nullable Long unitId, LocalDate start,
			LocalDate end, EvaluationStatus status, @Nullable Predikat predikat) {

		/** Return the months the plan covers in the year. */
		public int months() {
			return AnnualResults.months(this.start, this.end);
		}

		/** Whether the result is final (finalised or received). */
		public boolean isFinal() {
			return this.status.locked();
		}

	}

	/**
	 * Return the months a span covers: its days over the average month, rounded, 1 to 12
	 * (1 January to 15 June is 5; 16 June to 31 December is 7).
	 */
	public static int months(LocalDate start, LocalDate end) {
		long days = ChronoUnit.DAYS.between(start, end) + 1;
		long months = Math.round(days * 12 / 365.25);
		return (int) Math.max(1, Math.min(12, months));
	}

	/** Return the combined annual result of every employee of the agency in the year. */
	public List<AnnualResult> ofYear(long agencyId, int year) {
		List<AnnualResult> rows = this.jdbc
			.sql("SELECT id, employee_id, skp_id, unit_id, period_start, period_end, status, predikat FROM evaluation"
					+ " WHERE agency_id = :agency AND period_year = :year AND annual ORDER BY employee_id, period_start")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, row) -> new AnnualResult(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					(Long) rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), EvaluationStatus.valueOf(rs.getString(7)),
					(rs.getString(8) == null) ? null : Predikat.valueOf(rs.getString(8))))
			.list();
		return combine(rows, this.periods.year(agencyId, year).getAnnualCombination());
	}

	/**
	 * Return the combined annual result of every employee with an annual evaluation of
	 * the year in one of the units (all of that employee's evaluations are combined, also
	 * those of plans in other units).
	 */
	public List<AnnualResult> ofUnits(long agencyId, int year, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		List<AnnualResult> rows = this.jdbc
			.sql("SELECT id, employee_id, skp_id, unit_id, period_start, period_end, status, predikat FROM evaluation"
					+ " WHERE agency_id = :agency AND period_year = :year AND annual AND employee_id IN"
					+ " (SELECT employee_id FROM evaluation WHERE agency_id = :agency AND period_year = :year"
					+ " AND annual AND unit_id IN (:units)) ORDER BY employee_id, period_start")
			.param("agency", agencyId)
			.param("year", year)
			.param("units", List.copyOf(unitIds))
			.query((rs, row) -> new AnnualResult(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					(Long) rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), EvaluationStatus.valueOf(rs.getString(7)),
					(rs.getString(8) == null) ? null : Predikat.valueOf(rs.getString(8))))
			.list();
		return combine(rows, this.periods.year(agencyId, year).getAnnualCombination());
	}

	/**
	 * How many employees of one plan unit share a predikat (and a pejabat penilai, when
	 * asked for) after combining each employee's annual evaluations of the year.
	 *
	 * @param unitId the unit of the plan whose evaluation stands for the year
	 * @param predikat the combined predikat, null for the unrated
	 * @param leaderId the employee when he is one of the unit leaders asked about (a row
	 * of his own), else null
	 * @param raterId the pejabat penilai who rated, when asked for, else null
	 * @param count how many
	 * @param firstEmployeeId the smallest employee id among them (to keep the order in
	 * which the employees are listed)
	 */
	public record AnnualCount(@Nullable Long unitId, @Nullable Predikat predikat, @Nullable Long leaderId,
			@Nullable Long raterId, int count, long firstEmployeeId) {
	}

	/**
	 * Count the combined annual results of the agency's employees in the year in SQL, by
	 * plan unit and predikat (and pejabat penilai when {@code byRater}): the same
	 * combination as {@link #ofYear}, without reading a row per employee. Each of the
	 * given leaders gets rows of his own, because where he is counted depends on the unit
	 * he leads.
	 */
	public List<AnnualCount> countsOfYear(long agencyId, int year, Collection<Long> leaders, boolean byRater) {
		AnnualCombination combination = this.periods.year(agencyId, year).getAnnualCombination();
		StringBuilder ordinal = new StringBuilder("CASE predikat");
		for (Predikat predikat : Predikat.values()) {
			ordinal.append(" WHEN '").append(predikat.name()).append("' THEN ").append(predikat.ordinal());
		}
		ordinal.append(" END");
		// The same choice as combine(): the row ranked first of each employee stands.
		String order = switch (combination) {
			case LONGEST -> "(period_end - period_start) DESC, period_start DESC, id";
			case LATEST -> "period_start DESC, id";
			case LOWEST -> "CASE WHEN predikat IS NULL THEN 0 ELSE 1 END, CASE WHEN predikat IS NULL THEN period_start"
					+ " END, " + ordinal + " DESC, period_start DESC, id";
		};
		String leader = leaders.isEmpty() ? "CAST(NULL AS BIGINT)"
				: "CASE WHEN employee_id IN (:leaders) THEN employee_id END";
		String rater = byRater ? "rated_by_id" : "CAST(NULL AS BIGINT)";
		return this.jdbc
			.sql("SELECT unit_id, predikat, leader_id, rater_id, count(*), min(employee_id) FROM (SELECT employee_id,"
					+ " unit_id, predikat, " + leader + " AS leader_id, " + rater + " AS rater_id, row_number()"
					+ " OVER (PARTITION BY employee_id ORDER BY " + order + ") AS n FROM evaluation"
					+ " WHERE agency_id = :agency AND period_year = :year AND annual) c"
					+ " WHERE n = 1 GROUP BY unit_id, predikat, leader_id, rater_id")
			.param("agency", agencyId)
			.param("year", year)
			.params(leaders.isEmpty() ? Map.of() : Map.of("leaders", List.copyOf(leaders)))
			.query((rs, row) -> new AnnualCount((Long) rs.getObject(1, Long.class),
					(rs.getString(2) == null) ? null : Predikat.valueOf(rs.getString(2)),
					(Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class), rs.getInt(5),
					rs.getLong(6)))
			.list();
	}

	/** Return the combined annual result of one employee in the year, if any. */
	public Optional<AnnualResult> of(long employeeId, int year) {
		List<AnnualResult> rows = this.jdbc
			.sql("SELECT id, employee_id, skp_id, unit_id, period_start, period_end, status, predikat"
					+ " FROM evaluation WHERE employee_id = :employee AND period_year = :year AND annual"
					+ " ORDER BY period_start")
			.param("employee", employeeId)
			.param("year", year)
			.query((rs, row) -> new AnnualResult(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					(Long) rs.getObject(4, Long.class), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), EvaluationStatus.valueOf(rs.getString(7)),
					(rs.getString(8) == null) ? null : Predikat.valueOf(rs.getString(8))))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		long agencyId = this.jdbc.sql("SELECT agency_id FROM evaluation WHERE id = :id")
			.param("id", rows.get(0).evaluationId())
			.query(Long.class)
			.single();
		List<AnnualResult> combined = combine(rows, this.periods.year(agencyId, year).getAnnualCombination());
		return combined.isEmpty() ? Optional.empty() : Optional.of(combined.get(0));
	}

	/**
	 * Combine the annual results of employees (in any order) into one per employee, by
	 * the given rule.
	 */
	static List<AnnualResult> combine(List<AnnualResult> rows, AnnualCombination combination) {
		Map<Long, List<AnnualResult>> byEmployee = new LinkedHashMap<>();
		for (AnnualResult row : rows) {
			byEmployee.computeIfAbsent(row.employeeId(), (id) -> new ArrayList<>()).add(row);
		}
		List<AnnualResult> result = new ArrayList<>(byEmployee.size());
		for (List<AnnualResult> ofOne : byEmployee.values()) {
			result.add((ofOne.size() == 1) ? ofOne.get(0) : switch (combination) {
				case LONGEST -> longest(ofOne);
				case LATEST -> latest(ofOne);
				case LOWEST -> lowest(ofOne);
			});
		}
		return result;
	}

	private static AnnualResult longest(List<AnnualResult> ofOne) {
		return ofOne.stream()
			.max(Comparator.comparingLong((AnnualResult r) -> ChronoUnit.DAYS.between(r.start(), r.end()))
				.thenComparing(AnnualResult::start))
			.orElseThrow();
	}

	private static AnnualResult latest(List<AnnualResult> ofOne) {
		return ofOne.stream().max(Comparator.comparing(AnnualResult::start)).orElseThrow();
	}

	private static AnnualResult lowest(List<AnnualResult> ofOne) {
		Optional<AnnualResult> unrated = ofOne.stream().filter((r) -> r.predikat() == null).findFirst();
		if (unrated.isPresent()) {
			return unrated.get();
		}
		return ofOne.stream()
			.max(Comparator.comparingInt((AnnualResult r) -> r.predikat().ordinal()).thenComparing(AnnualResult::start))
			.orElseThrow();
	}

}
