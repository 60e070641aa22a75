package id.kinerja.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.employee.ReportingLines;
import id.kinerja.shared.Actor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a unit's organisation result, curve, calibration and finalisation,
 * asked of the structure today. Admin BKPSDM may do all of it and the Auditor read all;
 * Admin OPD reads the subtrees they administer; a unit's leader reads the subtree of the
 * unit he leads, calibrates and finalises his own unit; the result of a unit is set by
 * the leader above it (who leads an ancestor unit, or stands above the unit's leader in
 * the reporting line) — never by the unit's own leader.
 */
@Component
class CurveAccess {

	static final String ADMIN_OPD = "ADMIN_OPD";

	private final ReportingLines lines;

	private final UnitRepository units;

	private final Clock clock;

	CurveAccess(ReportingLines lines, UnitRepository units, Clock clock) {
		this.lines = lines;
		this.units = units;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Return the day the structure of a year is read on: its last day once it is over,
	 * today while it runs.
	 */
	LocalDate structureDay(int year) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate today = today();
		return end.isBefore(today) ? end : today;
	}

	boolean isAdmin(Actor actor) {
		return actor.hasRole(EvaluationAccess.ADMIN_BKPSDM);
	}

	boolean readsAll(Actor actor) {
		return actor.hasRole(EvaluationAccess.ADMIN_BKPSDM) || actor.hasRole(EvaluationAccess.AUDITOR);
	}

	/** Return the units the actor leads today. */
	List<Unit> ledUnits(Actor actor) {
		Long self = actor.employeeId();
		if (self == null) {
			return List.of();
		}
		Set<Long> led = this.lines.unitsLedBy(self, today());
		return led.isEmpty() ? List.of() : this.units.findAllById(led);
	}

	/** Return the roots of the subtrees the actor reads (Admin OPD and leaders). */
	List<Unit> readableRoots(Actor actor) {
		List<Unit> roots = new java.util.ArrayList<>(ledUnits(actor));
		if (actor.hasRole(ADMIN_OPD) && !actor.adminUnitIds().isEmpty()) {
			roots.addAll(this.units.findAllById(actor.adminUnitIds()));
		}
		return roots.stream().filter((unit) -> unit.getAgencyId() == actor.agencyId()).toList();
	}

	/** Whether the actor may read anything of the curve at all. */
	boolean readsSomething(Actor actor) {
		return readsAll(actor) || !readableRoots(actor).isEmpty();
	}

	boolean mayRead(Actor actor, Unit unit) {
		if (unit.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (readsAll(actor) || within(unit, readableRoots(actor))) {
			return true;
		}
		// The leader above by the reporting line reads the units he sets the result of.
		Long self = actor.employeeId();
		Long leader = (self == null) ? null : this.lines.unitLeaders(actor.agencyId(), today()).get(unit.getId());
		return leader != null && !leader.equals(self) && this.lines.isAbove(self, leader, today());
	}

	static boolean within(Unit unit, List<Unit> roots) {
		return roots.stream().anyMatch((root) -> unit.getPath().startsWith(root.getPath()));
	}

	/**
	 * Whether the actor may set the unit's organisation result.
	 * @param leaderOfUnit the unit's leader today, if any
	 */
	boolean maySetResult(Actor actor, Unit unit, @Nullable Long leaderOfUnit) {
		if (unit.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (isAdmin(actor)) {
			return true;
		}
		Long self = actor.employeeId();
		if (self == null) {
			return false;
		}
		boolean leadsAncestor = ledUnits(actor).stream()
			.anyMatch((led) -> !led.getId().equals(unit.getId()) && unit.getPath().startsWith(led.getPath()));
		if (leadsAncestor) {
			return true;
		}
		return leaderOfUnit != null && !leaderOfUnit.equals(self) && this.lines.isAbove(self, leaderOfUnit, today());
	}

	/**
	 * Return everyone below the employee in the reporting line today, level by level (a
	 * few queries per level whatever their number).
	 */
	java.util.Set<Long> everyoneBelow(long employeeId) {
		java.util.Set<Long> below = new java.util.HashSet<>();
		java.util.Set<Long> frontier = java.util.Set.of(employeeId);
		int depth = 0;
		while (!frontier.isEmpty() && depth++ < 64) {
			java.util.Set<Long> fresh = new java.util.HashSet<>();
			this.lines.directSubordinates(frontier, today()).values().forEach((ids) -> ids.forEach((id) -> {
				if (id != employeeId && below.add(id)) {
					fresh.add(id);
				}
			}));
			frontier = fresh;
		}
		return below;
	}

	/** Whether the actor leads the unit today. */
	boolean leads(Actor actor, Unit unit) {
		Long self = actor.employeeId();
		return self != null && unit.getAgencyId() == actor.agencyId()
				&& this.lines.unitsLedBy(self, today()).contains(unit.getId());
	}

	/** Whether the actor may calibrate and finalise the unit. */
	boolean mayCalibrate(Actor actor, Unit unit) {
		return unit.getAgencyId() == actor.agencyId() && (isAdmin(actor) || leads(actor, unit));
	}

}
