package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.Unit;

import org.jspecify.annotations.Nullable;

/**
 * The agency's units, organisation results and unit leaders of one year, read once, to
 * say in which unit each employee is counted for the curve (domain.md section 5): in the
 * nearest unit at or above the plan's unit that has an organisation result — except that
 * a unit's own leader is rated by the leader above, and counts in the nearest ancestor
 * with a result instead.
 */
final class CurveSnapshot {

	private final Map<Long, Unit> units;

	private final Map<String, Unit> byCode;

	private final Map<Long, OrganisationResult> results;

	private final Map<Long, Long> leaders;

	private final Map<Long, List<Long>> chains = new HashMap<>();

	CurveSnapshot(List<Unit> units, List<OrganisationResult> results, Map<Long, Long> leaders) {
		this.units = new HashMap<>();
		this.byCode = new HashMap<>();
		for (Unit unit : units) {
			this.units.put(unit.getId(), unit);
			this.byCode.put(unit.getCode(), unit);
		}
		this.results = new HashMap<>();
		results.forEach((result) -> this.results.put(result.getUnitId(), result));
		this.leaders = leaders;
	}

	/** Return the ids of the unit and of every unit below it. */
	List<Long> subtree(Unit top) {
		String prefix = top.getPath();
		return this.units.values()
			.stream()
			.filter((unit) -> unit.getPath().startsWith(prefix))
			.map(Unit::getId)
			.toList();
	}

	@Nullable Unit unit(long unitId) {
		return this.units.get(unitId);
	}

	Map<Long, OrganisationResult> results() {
		return Collections.unmodifiableMap(this.results);
	}

	@Nullable OrganisationResult result(long unitId) {
		return this.results.get(unitId);
	}

	/** Return the unit's leader on the year's structure day, if any. */
	@Nullable Long leaderOf(long unitId) {
		return this.leaders.get(unitId);
	}

	/** Whether the employee leads the unit. */
	boolean leads(long employeeId, long unitId) {
		Long leader = this.leaders.get(unitId);
		return leader != null && leader == employeeId;
	}

	/**
	 * Return the unit the employee is counted in, or null when no unit at or above the
	 * plan's unit has a result.
	 * @param extra a unit treated as if it had a result (to show the population of a unit
	 * whose result is not set yet), or null
	 */
	@Nullable Long countedIn(@Nullable Long planUnitId, long employeeId, @Nullable Long extra) {
		if (planUnitId == null) {
			return null;
		}
		for (long unitId : chain(planUnitId)) {
			boolean counts = this.results.containsKey(unitId) || (extra != null && extra == unitId);
			if (counts && !leads(employeeId, unitId)) {
				return unitId;
			}
		}
		return null;
	}

	/** Return every unit leader of the year's structure day. */
	Set<Long> leaderIds() {
		return new java.util.HashSet<>(this.leaders.values());
	}

	/**
	 * Return the unit that employees of a plan unit are counted in, or null when no unit
	 * at or above it has a result.
	 * @param leaderId the employee when he may lead a unit (a unit he leads is passed
	 * over), null for employees who lead none
	 */
	@Nullable Long countedIn(@Nullable Long planUnitId, @Nullable Long leaderId) {
		if (planUnitId == null) {
			return null;
		}
		for (long unitId : chain(planUnitId)) {
			if (this.results.containsKey(unitId) && (leaderId == null || !leads(leaderId, unitId))) {
				return unitId;
			}
		}
		return null;
	}

	/** Return the unit and its ancestors, nearest first. */
	private List<Long> chain(long unitId) {
		return this.chains.computeIfAbsent(unitId, (id) -> {
			Unit unit = this.units.get(id);
			if (unit == null) {
				return List.of();
			}
			List<Long> chain = new ArrayList<>();
			String[] codes = unit.getPath().split("/");
			for (int i = codes.length - 1; i >= 0; i--) {
				Unit step = codes[i].isEmpty() ? null : this.byCode.get(codes[i]);
				if (step != null) {
					chain.add(step.getId());
				}
			}
			return List.copyOf(chain);
		});
	}

	Set<Long> resultUnits() {
		return this.results.keySet();
	}

}
