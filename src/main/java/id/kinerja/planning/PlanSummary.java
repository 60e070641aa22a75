package id.kinerja.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.agency.Unit;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each unit's active employees are with their plans of a year: no plan, draft,
 * submitted, returned, approved, and overdue (not approved after the year's SKP
 * deadline), for the unit itself and with its whole subtree. Counts people by the unit of
 * the definitive post they hold today. Admin BKPSDM and Auditor read any unit, an Admin
 * OPD the subtrees it administers, a head the subtree of the unit they lead; everyone
 * else is refused (403). Two queries whatever the agency's size.
 */
@Service
@Transactional(readOnly = true)
public class PlanSummary {

	private final CascadeScope scope;

	private final PeriodService periods;

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanSummary(CascadeScope scope, PeriodService periods, JdbcClient jdbc, Clock clock) {
		this.scope = scope;
		this.periods = periods;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts of active employees by the state of their plan.
	 *
	 * @param active active employees holding a post
	 * @param none without a plan of the year
	 * @param draft with a draft
	 * @param submitted with a submitted plan
	 * @param returned with a returned plan
	 * @param approved with an approved plan
	 * @param overdue not approved although the SKP deadline has passed
	 */
	public record Counts(long active, long none, long draft, long submitted, long returned, long approved,
			long overdue) {

		static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(this.active + other.active, this.none + other.none, this.draft + other.draft,
					this.submitted + other.submitted, this.returned + other.returned, this.approved + other.approved,
					this.overdue + other.overdue);
		}

		/** Return the share approved, in whole percent (0 when nobody is counted). */
		public long approvedPercent() {
			return (this.active == 0) ? 0 : Math.round(100.0 * this.approved / this.active);
		}

	}

	/**
	 * A unit's line in the summary.
	 *
	 * @param code the unit's code
	 * @param name its name
	 * @param parentCode the parent's code, null at the top
	 * @param level 0 for the unit asked for, 1 for its children and so on
	 * @param own the people of the unit itself
	 * @param subtree the people of the unit and every unit below it
	 */
	public record UnitLine(String code, String name, @Nullable String parentCode, int level, Counts own,
			Counts subtree) {
	}

	/**
	 * The summary of a year.
	 *
	 * @param year the year
	 * @param skpDeadline the year's SKP deadline
	 * @param deadlinePassed whether it has passed today (then not approved is overdue)
	 * @param total the counts over every line's subtree at the top (the whole scope)
	 * @param units the units, each after its parent, in the order of the tree
	 */
	public record Summary(int year, LocalDate skpDeadline, boolean deadlinePassed, Counts total, List<UnitLine> units) {
	}

	/**
	 * Return the summary of the year for a unit's subtree (by code), or for everything
	 * the actor may read.
	 */
	public Summary summary(int year, @Nullable String unitCode) {
		PeriodService.requireYear(year);
		CascadeScope.View view = this.scope.view();
		if (!view.seesBelow()) {
			throw PlanningAccess.denied();
		}
		List<Unit> roots = new ArrayList<>();
		if (unitCode != null && !unitCode.isBlank()) {
			Unit unit = view.unitsById()
				.values()
				.stream()
				.filter((candidate) -> candidate.getCode().equals(unitCode.strip()))
				.findFirst()
				.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.unit.not-found", unitCode));
			if (!view.seesUnit(unit.getId())) {
				throw PlanningAccess.denied();
			}
			roots.add(unit);
		}
		else {
			for (Unit unit : view.unitsById().values()) {
				boolean top = view.all() ? unit.getParentId() == null : view.unitPaths().contains(unit.getPath());
				if (top) {
					roots.add(unit);
				}
			}
		}
		PerformancePeriod period = this.periods.year(view.actor().agencyId(), year);
		LocalDate today = LocalDate.now(this.clock);
		boolean passed = today.isAfter(period.getSkpDeadline());
		Map<Long, Counts> own = ownCounts(view.actor().agencyId(), year, today, passed);
		Map<Long, List<Unit>> children = new HashMap<>();
		for (Unit unit : view.unitsById().values()) {
			if (unit.getParentId() != null) {
				children.computeIfAbsent(unit.getParentId(), (key) -> new ArrayList<>()).add(unit);
			}
		}
		children.values().forEach((list) -> list.sort(Comparator.comparing(Unit::getCode)));
		roots.sort(Comparator.comparing(Unit::getCode));
		List<UnitLine> lines = new ArrayList<>();
		Counts total = Counts.ZERO;
		for (Unit root : roots) {
			total = total.plus(walk(root, 0, view, own, children, lines));
		}
		return new Summary(year, period.getSkpDeadline(), passed, total, lines);
	}

	/** Add the unit and its subtree to the lines, parents first; return its subtree. */
	private static Counts walk(Unit unit, int level, CascadeScope.View view, Map<Long, Counts> own,
			Map<Long, List<Unit>> children, List<UnitLine> lines) {
		int at = lines.size();
		lines.add(null);
		Counts subtree = own.getOrDefault(unit.getId(), Counts.ZERO);
		for (Unit child : children.getOrDefault(unit.getId(), List.of())) {
			subtree = subtree.plus(walk(child, level + 1, view, own, children, lines));
		}
		Unit parent = (unit.getParentId() != null) ? view.unitsById().get(unit.getParentId()) : null;
		lines.set(at, new UnitLine(unit.getCode(), unit.getName(), (parent != null) ? parent.getCode() : null, level,
				own.getOrDefault(unit.getId(), Counts.ZERO), subtree));
		return subtree;
	}

	/**
	 * Count each unit's own active employees by the state of their plan, in one query.
	 */
	private Map<Long, Counts> ownCounts(long agencyId, int year, LocalDate today, boolean passed) {
		Map<Long, long[]> raw = new HashMap<>();
		this.jdbc.sql("""
				SELECT pl.unit_id, s.status, count(*)
				FROM employee_placement pl
				LEFT JOIN skp s ON s.employee_id = pl.employee_id AND s.agency_id = :agency AND s.skp_year = :year
				     AND s.status <> 'CLOSED'
				WHERE pl.agency_id = :agency AND pl.kind = 'DEFINITIF' AND pl.employee_status = 'ACTIVE'
				  AND pl.start_date <= :day AND (pl.end_date IS NULL OR pl.end_date >= :day)
				GROUP BY pl.unit_id, s.status
				""").param("agency", agencyId).param("year", year).param("day", today).query((rs, row) -> {
			long[] counts = raw.computeIfAbsent(rs.getLong(1), (key) -> new long[5]);
			String status = rs.getString(2);
			int slot = (status == null) ? 0 : switch (SkpStatus.valueOf(status)) {
				case DRAFT -> 1;
				case SUBMITTED -> 2;
				case RETURNED -> 3;
				default -> 4;
			};
			counts[slot] += rs.getLong(3);
			return slot;
		}).list();
		Map<Long, Counts> result = new HashMap<>();
		raw.forEach((unitId, c) -> {
			long active = c[0] + c[1] + c[2] + c[3] + c[4];
			result.put(unitId, new Counts(active, c[0], c[1], c[2], c[3], c[4], passed ? active - c[4] : 0));
		});
		return result;
	}

}
