package id.kinerja.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.planning.GoalService;
import id.kinerja.planning.OrgGoal;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a performance year: its settings (Admin BKPSDM writes, everyone signed in
 * reads) and its organisation goals as a tree, agency goal → unit goals, with the forms
 * to add, change and retire them (Admin BKPSDM for all, Admin OPD for its units). Every
 * rule is the services' ({@link PeriodService}, {@link GoalService}).
 */
@Controller
class PlanningSettingsController {

	private final PeriodService periods;

	private final GoalService goals;

	private final UnitRepository units;

	private final Clock clock;

	PlanningSettingsController(PeriodService periods, GoalService goals, UnitRepository units, Clock clock) {
		this.periods = periods;
		this.goals = goals;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/planning/settings")
	String currentSettings() {
		return "redirect:/planning/" + LocalDate.now(this.clock).getYear() + "/settings";
	}

	@GetMapping("/planning/goals")
	String currentGoals() {
		return "redirect:/planning/" + LocalDate.now(this.clock).getYear() + "/goals";
	}

	@GetMapping("/planning/{year}/settings")
	String settings(@PathVariable int year, Model model) {
		model.addAttribute("form", PeriodForm.of(this.periods.year(year)));
		return settingsPage(year, model);
	}

	@PostMapping("/planning/{year}/settings")
	String changeSettings(@PathVariable int year, @Valid @ModelAttribute("form") PeriodForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.periods.change(year, form.settings(this.periods.year(year).getAnnualCombination()),
						form.version());
				redirect.addFlashAttribute("notice", "planning.settings.saved");
				redirect.addFlashAttribute("noticeArgs", new Object[] { year });
				return "redirect:/planning/" + year + "/settings";
			}
			catch (FieldsRejectedException ex) {
				ex.getProblems()
					.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
							null));
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		return settingsPage(year, model);
	}

	private String settingsPage(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("years", List.of(year - 1, year, year + 1));
		model.addAttribute("editable", Actor.current().map((actor) -> actor.hasRole("ADMIN_BKPSDM")).orElse(false));
		return "planning/settings";
	}

	@GetMapping("/planning/{year}/goals")
	String goals(@PathVariable int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("years", List.of(year - 1, year, year + 1));
		model.addAttribute("tree", this.goals.tree(year));
		model.addAttribute("mayAddAgencyGoal", this.goals.mayWriteAgencyGoals());
		model.addAttribute("mayAddUnitGoal", !this.goals.writableUnits().isEmpty());
		return "planning/goals";
	}

	@GetMapping("/planning/{year}/goals/new")
	String newGoal(@PathVariable int year, @RequestParam(required = false) @Nullable Long parent, Model model) {
		model.addAttribute("form", GoalForm.blank(parent));
		return goalPage(year, null, model);
	}

	@PostMapping("/planning/{year}/goals/new")
	String addGoal(@PathVariable int year, @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			OrgGoal goal = this.goals.create(year, form.input());
			return saved(redirect, "planning.goal.saved.added", goal);
		}
		catch (FieldsRejectedException ex) {
			reject(result, ex, form);
		}
		catch (KinerjaException ex) {
			refuse(result, ex);
		}
		form.padRows();
		return goalPage(year, null, model);
	}

	@GetMapping("/planning/goals/{id}/edit")
	String editGoal(@PathVariable long id, Model model) {
		OrgGoal goal = this.goals.goal(id);
		model.addAttribute("form", GoalForm.of(goal, unitCode(goal)));
		return goalPage(goal.getGoalYear(), goal, model);
	}

	@PostMapping("/planning/goals/{id}/edit")
	String changeGoal(@PathVariable long id, @ModelAttribute("form") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrgGoal goal = this.goals.goal(id);
		try {
			return saved(redirect, "planning.goal.saved.changed",
					this.goals.change(id, form.input(), form.getVersion()));
		}
		catch (FieldsRejectedException ex) {
			reject(result, ex, form);
		}
		catch (KinerjaException ex) {
			refuse(result, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("web.error.conflict");
		}
		form.setUnitCode(unitCode(goal));
		form.padRows();
		return goalPage(goal.getGoalYear(), goal, model);
	}

	@PostMapping("/planning/goals/{id}/retire")
	String retireGoal(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		OrgGoal goal = this.goals.goal(id);
		try {
			return saved(redirect, "planning.goal.saved.retired", this.goals.retire(id, version));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems",
					List.of(new SkpController.Problem("web.error.conflict", new Object[0])));
			return "redirect:/planning/" + goal.getGoalYear() + "/goals";
		}
	}

	private String goalPage(int year, @Nullable OrgGoal goal, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("goal", goal);
		model.addAttribute("units", this.goals.writableUnits());
		model.addAttribute("mayAddAgencyGoal", this.goals.mayWriteAgencyGoals());
		model.addAttribute("agencyGoals",
				this.goals.goals(year)
					.stream()
					.filter((candidate) -> candidate.getUnitId() == null)
					.filter((candidate) -> goal == null || !candidate.getId().equals(goal.getId()))
					.toList());
		model.addAttribute("unitName", (goal != null && goal.getUnitId() != null)
				? this.units.findById(goal.getUnitId()).map(Unit::getName).orElse(null) : null);
		return "planning/goal-form";
	}

	private @Nullable String unitCode(OrgGoal goal) {
		return (goal.getUnitId() != null) ? this.units.findById(goal.getUnitId()).map(Unit::getCode).orElse(null)
				: null;
	}

	/** Show a refusal above the form; one of access is the error page's (403, 404). */
	private static void refuse(BindingResult result, KinerjaException ex) {
		if (ex.getStatus().is4xxClientError() && ex.getStatus().value() != 400 && ex.getStatus().value() != 409) {
			throw ex;
		}
		result.reject(ex.getMessageKey(), ex.getArguments(), null);
	}

	private static void reject(BindingResult result, FieldsRejectedException ex, GoalForm form) {
		for (FieldsRejectedException.FieldProblem problem : ex.getProblems()) {
			result.rejectValue(form.formField(problem.field()), problem.messageKey(), problem.arguments(), null);
		}
	}

	private static String saved(RedirectAttributes redirect, String key, OrgGoal goal) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeArgs", new Object[] { goal.getCode() });
		return "redirect:/planning/" + goal.getGoalYear() + "/goals";
	}

}
