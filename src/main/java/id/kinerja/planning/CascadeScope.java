package id.kinerja.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.shared.Actor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the plan cascade the current actor may see: Admin BKPSDM and Auditor the whole
 * agency; an Admin OPD the people of the unit subtrees it administers; a head everyone
 * below in the line and the unit subtrees they lead; every employee their own plan and
 * their direct supervisor's (the RHKs their plan builds on). All checks are batched: a
 * handful of queries for a node's children, whatever their number.
 */
@Component
class CascadeScope {

	private static final int MAX_DEPTH = 64;

	private final ReportingLines lines;

	private final PostHoldings holdings;

	private final UnitRepository units;

	private final JdbcClient jdbc;

	private final Clock clock;

	CascadeScope(ReportingLines lines, PostHoldings holdings, UnitRepository units, JdbcClient jdbc, Clock clock) {
		this.lines = lines;
		this.holdings = holdings;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The actor's view, made once per request.
	 *
	 * @param actor who asks
	 * @param all whether the whole agency is visible
	 * @param supervisorId the actor's direct supervisor, null when none
	 * @param unitPaths the paths of the unit subtrees the actor administers or leads
	 * @param unitsById the agency's units
	 */
	record View(Actor actor, boolean all, @Nullable Long supervisorId, Set<String> unitPaths,
			Map<Long, Unit> unitsById) {

		@Nullable Long self() {
			return this.actor.employeeId();
		}

		/** Whether the unit lies inside a subtree the actor administers or leads. */
		boolean seesUnit(@Nullable Long unitId) {
			if (this.all) {
				return true;
			}
			Unit unit = (unitId != null) ? this.unitsById.get(unitId) : null;
			return unit != null && this.unitPaths.stream().anyMatch((path) -> unit.getPath().startsWith(path));
		}

		/** Whether the actor leads or administers any part of the agency. */
		boolean seesBelow() {
			return this.all || !this.unitPaths.isEmpty();
		}

	}

	View view() {
		Actor actor = PlanningAccess.actor();
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Unit> unitsById = new HashMap<>();
		this.units.findByAgencyIdOrderByCode(actor.agencyId()).forEach((unit) -> unitsById.put(unit.getId(), unit));
		boolean all = actor.hasRole(PlanningAccess.ADMIN_BKPSDM) || actor.hasRole(PlanningAccess.AUDITOR);
		Set<String> paths = new LinkedHashSet<>();
		for (Long unitId : actor.adminUnitIds()) {
			Unit unit = unitsById.get(unitId);
			if (unit != null) {
				paths.add(unit.getPath());
			}
		}
		Long supervisor = null;
		if (actor.employeeId() != null) {
			for (Long unitId : ledUnits(actor.employeeId(), today)) {
				Unit unit = unitsById.get(unitId);
				if (unit != null) {
					paths.add(unit.getPath());
				}
			}
			supervisor = this.lines.supervisorOf(actor.employeeId(), today).employeeId();
		}
		return new View(actor, all, supervisor, paths, unitsById);
	}

	/**
	 * Return the units whose head post the employee holds or acts in on the day, where
	 * nobody else stands in (an acting holder wins over the definitive one).
	 */
	List<Long> ledUnits(long employeeId, LocalDate day) {
		List<Long> result = new ArrayList<>();
		List<long[]> heads = this.jdbc.sql("""
				SELECT mine.position_id, mine.unit_id FROM employee_placement mine
				WHERE mine.employee_id = :employee AND mine.heads_unit AND mine.start_date <= :day
				  AND (mine.end_date IS NULL OR mine.end_date >= :day)
				  AND NOT EXISTS (SELECT 1 FROM employee_placement other WHERE other.position_id = mine.position_id
				      AND other.employee_id <> mine.employee_id AND other.kind <> 'DEFINITIF'
				      AND other.start_date <= :day AND (other.end_date IS NULL OR other.end_date >= :day))
				""")
			.param("employee", employeeId)
			.param("day", day)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		heads.forEach((head) -> result.add(head[1]));
		return result;
	}

	/**
	 * Return those of the employees whose plans and place in the cascade the actor may
	 * see: self, the direct supervisor, anyone below the actor in the line, anyone in a
	 * unit subtree the actor administers or leads.
	 */
	Set<Long> visible(View view, Collection<Long> employeeIds) {
		Set<Long> candidates = new LinkedHashSet<>(employeeIds);
		if (view.all() || candidates.isEmpty()) {
			return candidates;
		}
		Set<Long> result = new LinkedHashSet<>();
		Long self = view.self();
		for (Long id : candidates) {
			if (id.equals(self) || id.equals(view.supervisorId())) {
				result.add(id);
			}
		}
		Set<Long> rest = new LinkedHashSet<>(candidates);
		rest.removeAll(result);
		if (rest.isEmpty()) {
			return ordered(candidates, result);
		}
		if (!view.unitPaths().isEmpty()) {
			Map<Long, PostHoldings.Holding> held = this.holdings.of(rest, LocalDate.now(this.clock));
			for (Long id : rest) {
				PostHoldings.Holding holding = held.get(id);
				if (holding != null && view.seesUnit(holding.unitId())) {
					result.add(id);
				}
			}
			rest.removeAll(result);
		}
		if (self != null && !rest.isEmpty()) {
			result.addAll(below(self, rest));
		}
		return ordered(candidates, result);
	}

	/** Return those of the candidates that the supervisor stands above in the line. */
	private Set<Long> below(long supervisorId, Set<Long> candidates) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> found = new HashSet<>();
		// Climb from every candidate at once, one level a round.
		Map<Long, Long> climbing = new HashMap<>();
		candidates.forEach((id) -> climbing.put(id, id));
		int depth = 0;
		while (!climbing.isEmpty() && depth++ < MAX_DEPTH) {
			Map<Long, Supervisor> above = this.lines.supervisorsOf(new HashSet<>(climbing.values()), today);
			Map<Long, Long> next = new HashMap<>();
			climbing.forEach((candidate, current) -> {
				Long up = above.get(current).employeeId();
				if (up == null) {
					return;
				}
				if (up == supervisorId) {
					found.add(candidate);
				}
				else {
					next.put(candidate, up);
				}
			});
			climbing.clear();
			climbing.putAll(next);
		}
		return found;
	}

	private static Set<Long> ordered(Set<Long> candidates, Set<Long> chosen) {
		Set<Long> result = new LinkedHashSet<>();
		candidates.stream().filter(chosen::contains).forEach(result::add);
		return result;
	}

}
