package id.kinerja.planning;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.agency.StructureAccess;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.agency.UnitService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation goals of a year: the agency's strategic goals and each unit's goals
 * (Perjanjian Kinerja), with their key indicators. Everyone in the agency reads them;
 * Admin BKPSDM writes the agency's and any unit's, an Admin OPD those of the units it
 * administers. Goals are retired, not deleted, so plans that derive from them still read.
 */
@Service
public class GoalService {

	private final OrgGoalRepository goals;

	private final UnitService units;

	private final UnitRepository unitRepository;

	private final StructureAccess structure;

	private final PeriodService periods;

	GoalService(OrgGoalRepository goals, UnitService units, UnitRepository unitRepository, StructureAccess structure,
			PeriodService periods) {
		this.goals = goals;
		this.units = units;
		this.unitRepository = unitRepository;
		this.structure = structure;
		this.periods = periods;
	}

	/**
	 * A goal as written.
	 *
	 * @param unitCode the unit, null for an agency goal
	 * @param parentGoalId the agency goal a unit goal supports
	 * @param code a short code, unique in the year
	 * @param text the goal
	 * @param indicators the key indicators with their targets
	 */
	public record GoalInput(@Nullable String unitCode, @Nullable Long parentGoalId, @Nullable String code,
			@Nullable String text, @Nullable List<OrgGoal.GoalIndicator> indicators) {
	}

	/** List the year's goals of the caller's agency (retired ones left out), by code. */
	@Transactional(readOnly = true)
	public List<OrgGoal> goals(int year) {
		PeriodService.requireYear(year);
		return this.goals.findByAgencyIdAndGoalYearOrderByCode(PlanningAccess.actor().agencyId(), year)
			.stream()
			.filter((goal) -> !goal.isRetired())
			.toList();
	}

	/**
	 * A goal in the year's tree: an agency goal with the unit goals that support it, or a
	 * unit goal supporting none.
	 *
	 * @param goal the goal
	 * @param unitName the unit's name, null for an agency goal
	 * @param writable whether the caller may change or retire it
	 * @param children the unit goals supporting it
	 */
	public record GoalNode(OrgGoal goal, @Nullable String unitName, boolean writable, List<GoalNode> children) {
	}

	/**
	 * Return the year's goals as a tree: the agency's goals by code, each with the unit
	 * goals supporting it, then the unit goals supporting none. Everyone in the agency
	 * reads it.
	 */
	@Transactional(readOnly = true)
	public List<GoalNode> tree(int year) {
		List<OrgGoal> all = goals(year);
		java.util.Map<Long, String> unitNames = new java.util.HashMap<>();
		java.util.Map<Long, Unit> unitsById = new java.util.HashMap<>();
		this.unitRepository
			.findAllById(all.stream().map(OrgGoal::getUnitId).filter(java.util.Objects::nonNull).distinct().toList())
			.forEach((unit) -> {
				unitNames.put(unit.getId(), unit.getName());
				unitsById.put(unit.getId(), unit);
			});
		boolean wholeAgency = this.structure.mayChangeWholeAgency();
		java.util.function.Function<OrgGoal, GoalNode> leaf = (goal) -> new GoalNode(goal,
				unitNames.get(goal.getUnitId()), wholeAgency || (unitsById.get(goal.getUnitId()) != null
						&& this.structure.mayChange(unitsById.get(goal.getUnitId()))),
				List.of());
		List<GoalNode> tree = new ArrayList<>();
		java.util.Set<Long> agencyGoalIds = new java.util.HashSet<>();
		for (OrgGoal goal : all) {
			if (goal.getUnitId() == null) {
				agencyGoalIds.add(goal.getId());
				List<GoalNode> children = all.stream()
					.filter((child) -> goal.getId().equals(child.getParentGoalId()) && child.getUnitId() != null)
					.map(leaf)
					.toList();
				tree.add(new GoalNode(goal, null, wholeAgency, children));
			}
		}
		all.stream()
			.filter((goal) -> goal.getUnitId() != null
					&& (goal.getParentGoalId() == null || !agencyGoalIds.contains(goal.getParentGoalId())))
			.map(leaf)
			.forEach(tree::add);
		return tree;
	}

	/** Return one goal of the caller's agency; 404 when unknown. */
	@Transactional(readOnly = true)
	public OrgGoal goal(long goalId) {
		return require(PlanningAccess.actor(), goalId);
	}

	/** Return whether the caller may write the agency's own goals (Admin BKPSDM). */
	public boolean mayWriteAgencyGoals() {
		return this.structure.mayChangeWholeAgency();
	}

	/**
	 * List the open units whose goals the caller may write, parents first (empty for
	 * those who write none).
	 */
	@Transactional(readOnly = true)
	public List<Unit> writableUnits() {
		return this.structure.mayChangeSomething() ? this.structure.changeableUnits() : List.of();
	}

	/** Add a goal to a year. */
	@Transactional
	public OrgGoal create(int year, GoalInput input) {
		Actor actor = PlanningAccess.actor();
		this.periods.year(actor.agencyId(), year);
		Unit unit = unitOf(actor, input.unitCode());
		requireMayWrite(unit);
		String code = checked(actor, year, unit, input, null);
		return this.goals.save(OrgGoal.create(actor.agencyId(), year, (unit != null) ? unit.getId() : null,
				input.parentGoalId(), code, input.text().strip(), indicators(input)));
	}

	/** Change a goal (not its year or unit). */
	@Transactional
	public OrgGoal change(long goalId, GoalInput input, @Nullable Long expectedVersion) {
		Actor actor = PlanningAccess.actor();
		OrgGoal goal = require(actor, goalId);
		Unit unit = (goal.getUnitId() != null) ? this.unitRepository.findById(goal.getUnitId()).orElse(null) : null;
		requireMayWrite(unit);
		goal.requireVersion(expectedVersion);
		String code = checked(actor, goal.getGoalYear(), unit, input, goal);
		goal.change(input.parentGoalId(), code, input.text().strip(), indicators(input));
		return this.goals.save(goal);
	}

	/** Retire a goal; it stays readable for the plans that derive from it. */
	@Transactional
	public OrgGoal retire(long goalId, @Nullable Long expectedVersion) {
		Actor actor = PlanningAccess.actor();
		OrgGoal goal = require(actor, goalId);
		requireMayWrite(
				(goal.getUnitId() != null) ? this.unitRepository.findById(goal.getUnitId()).orElse(null) : null);
		goal.requireVersion(expectedVersion);
		goal.retire();
		return this.goals.save(goal);
	}

	private OrgGoal require(Actor actor, long goalId) {
		return this.goals.findById(goalId)
			.filter((goal) -> goal.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "planning.goal.not-found"));
	}

	private @Nullable Unit unitOf(Actor actor, @Nullable String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return null;
		}
		return this.units.find(actor.agencyId(), unitCode.strip())
			.orElseThrow(() -> new FieldsRejectedException(
					List.of(new FieldProblem("unitCode", "agency.unit.not-found", unitCode.strip()))));
	}

	private void requireMayWrite(@Nullable Unit unit) {
		boolean may = (unit == null) ? this.structure.mayChangeWholeAgency() : this.structure.mayChange(unit);
		if (!may) {
			throw PlanningAccess.denied();
		}
	}

	private String checked(Actor actor, int year, @Nullable Unit unit, GoalInput input, @Nullable OrgGoal current) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = (input.code() != null) ? input.code().strip() : "";
		if (!UnitService.CODE.matcher(code).matches()) {
			problems.add(new FieldProblem("code", "planning.goal.code.invalid"));
		}
		else if ((current == null || !current.getCode().equals(code))
				&& this.goals.existsByAgencyIdAndGoalYearAndCode(actor.agencyId(), year, code)) {
			problems.add(new FieldProblem("code", "planning.goal.code.taken", code));
		}
		if (input.text() == null || input.text().isBlank()) {
			problems.add(new FieldProblem("text", "planning.goal.text.required"));
		}
		else if (input.text().strip().length() > 1000) {
			problems.add(new FieldProblem("text", "planning.text.size", 1000));
		}
		if (input.parentGoalId() != null) {
			boolean agencyGoal = this.goals.findById(input.parentGoalId())
				.filter((parent) -> parent.getAgencyId() == actor.agencyId() && parent.getGoalYear() == year
						&& parent.getUnitId() == null && !parent.isRetired())
				.isPresent();
			if (unit == null || !agencyGoal) {
				problems.add(new FieldProblem("parentGoalId", "planning.goal.parent.invalid"));
			}
		}
		List<OrgGoal.GoalIndicator> given = (input.indicators() != null) ? input.indicators() : List.of();
		for (int i = 0; i < given.size(); i++) {
			OrgGoal.GoalIndicator indicator = given.get(i);
			if (indicator == null || indicator.text() == null || indicator.text().isBlank()) {
				problems.add(new FieldProblem("indicators[" + i + "].text", "planning.indicator.text.required"));
			}
			if (indicator == null || indicator.target() == null || indicator.target().isBlank()) {
				problems.add(new FieldProblem("indicators[" + i + "].target", "planning.indicator.target.required"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		return code;
	}

	private static List<OrgGoal.GoalIndicator> indicators(GoalInput input) {
		List<OrgGoal.GoalIndicator> given = (input.indicators() != null) ? input.indicators() : List.of();
		return given.stream()
			.map((indicator) -> new OrgGoal.GoalIndicator(indicator.text().strip(), indicator.target().strip(),
					(indicator.targetUnit() != null && !indicator.targetUnit().isBlank())
							? indicator.targetUnit().strip() : null))
			.toList();
	}

}
