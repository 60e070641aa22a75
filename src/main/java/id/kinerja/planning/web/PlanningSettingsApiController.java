package id.kinerja.planning.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.planning.AnnualCombination;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.EvaluationFrequency;
import id.kinerja.planning.GoalService;
import id.kinerja.planning.OrgGoal;
import id.kinerja.planning.PerformancePeriod;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Periods and organisation goals")
class PlanningSettingsApiController {

	private final PeriodService periods;

	private final GoalService goals;

	PlanningSettingsApiController(PeriodService periods, GoalService goals) {
		this.periods = periods;
		this.goals = goals;
	}

	/** A year with its settings and the version to send back with a change. */
	record PeriodView(int year, @Nullable Long version, PerformancePeriod.Settings settings) {

		static PeriodView of(PerformancePeriod period) {
			return new PeriodView(period.getPeriodYear(), period.getVersion(), period.settings());
		}

	}

	/** The settings of a year as sent. */
	record PeriodRequest(
			@NotNull(message = "{planning.period.frequency.required}") @Nullable EvaluationFrequency frequency,
			@NotNull(message = "{planning.period.date.required}") @Nullable LocalDate skpDeadline,
			@NotNull(message = "{planning.period.deadline-day.range}") @Nullable Integer realisationDeadlineDay,
			@NotNull(message = "{planning.period.deadline-day.range}") @Nullable Integer ratingDeadlineDay,
			@NotNull(message = "{planning.period.date.required}") @Nullable LocalDate annualDeadline,
			@NotNull(message = "{planning.period.curve.required}") @Nullable CurveEnforcement curveEnforcement,
			@NotNull(message = "{planning.period.curve.required}") @Nullable CurveScope curveScope,
			@NotNull(message = "{planning.period.appeal-days.range}") @Nullable Integer appealDays,
			@NotNull(message = "{planning.period.regional-head.required}") @Nullable Boolean regionalHeadRatesJpt,
			@Nullable AnnualCombination annualCombination, @Nullable Long version) {

		/** Return the settings; an omitted annual combination keeps the current one. */
		PerformancePeriod.Settings settings(AnnualCombination current) {
			return new PerformancePeriod.Settings(this.frequency, this.skpDeadline, this.realisationDeadlineDay,
					this.ratingDeadlineDay, this.annualDeadline, this.curveEnforcement, this.curveScope,
					this.appealDays, Boolean.TRUE.equals(this.regionalHeadRatesJpt),
					(this.annualCombination != null) ? this.annualCombination : current);
		}

	}

	/** A goal as read. */
	record GoalView(long id, @Nullable Long version, int year, @Nullable Long unitId, @Nullable Long parentGoalId,
			String code, String text, List<OrgGoal.GoalIndicator> indicators) {

		static GoalView of(OrgGoal goal) {
			return new GoalView(goal.getId(), goal.getVersion(), goal.getGoalYear(), goal.getUnitId(),
					goal.getParentGoalId(), goal.getCode(), goal.getText(), goal.getIndicators());
		}

	}

	/** A goal as sent. */
	record GoalRequest(@Nullable Integer year, @Nullable String unitCode, @Nullable Long parentGoalId,
			@Nullable String code, @Nullable String text, @Nullable List<OrgGoal.GoalIndicator> indicators,
			@Nullable Long version) {

		GoalService.GoalInput input() {
			return new GoalService.GoalInput(this.unitCode, this.parentGoalId, this.code, this.text, this.indicators);
		}

	}

	@GetMapping("/api/v1/periods")
	@Operation(summary = "The performance years the agency has set up, newest first")
	List<PeriodView> periods() {
		return this.periods.years().stream().map(PeriodView::of).toList();
	}

	@GetMapping("/api/v1/periods/{year}")
	@Operation(summary = "A performance year with its settings (the defaults when new)")
	PeriodView period(@PathVariable int year) {
		return PeriodView.of(this.periods.year(year));
	}

	@PutMapping("/api/v1/periods/{year}")
	@Operation(summary = "Change a year's settings (Admin BKPSDM)")
	PeriodView changePeriod(@PathVariable int year, @Valid @RequestBody PeriodRequest request) {
		return PeriodView.of(this.periods.change(year, request.settings(this.periods.year(year).getAnnualCombination()),
				request.version()));
	}

	@GetMapping("/api/v1/goals")
	@Operation(summary = "The organisation goals of a year")
	List<GoalView> goals(@RequestParam int year) {
		return this.goals.goals(year).stream().map(GoalView::of).toList();
	}

	@PostMapping("/api/v1/goals")
	@Operation(summary = "Add an agency goal, or a unit goal supporting one (Admin BKPSDM, Admin OPD for its units)")
	ResponseEntity<GoalView> createGoal(@RequestBody GoalRequest request) {
		if (request.year() == null) {
			throw new FieldsRejectedException(List.of(new FieldProblem("year", "planning.period.year.required")));
		}
		OrgGoal goal = this.goals.create(request.year(), request.input());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.getId())).body(GoalView.of(goal));
	}

	@PutMapping("/api/v1/goals/{id}")
	@Operation(summary = "Change an organisation goal")
	GoalView changeGoal(@PathVariable long id, @RequestBody GoalRequest request) {
		return GoalView.of(this.goals.change(id, request.input(), request.version()));
	}

	@DeleteMapping("/api/v1/goals/{id}")
	@Operation(summary = "Retire an organisation goal (kept for the plans that derive from it)")
	ResponseEntity<Void> retireGoal(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
		this.goals.retire(id, version);
		return ResponseEntity.noContent().build();
	}

}
