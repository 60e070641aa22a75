package id.kinerja.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.planning.Approach;
import id.kinerja.planning.CoreValue;
import id.kinerja.planning.GoalService;
import id.kinerja.planning.PlanningAccess;
import id.kinerja.planning.SkpDocument;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpService;
import id.kinerja.planning.SkpVersions;
import id.kinerja.planning.SkpView;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
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
 * The plan pages: one's own plans of a year with the team's and those waiting for one's
 * decision; a plan with its RHKs, hints and actions; the RHK form; the approach and
 * attachments; the pejabat penilai's expectations; the kept versions and what changed.
 * Every rule is the services' ({@link SkpService}, {@link PlanningAccess}); a refusal is
 * shown on the page, next to its field where it has one.
 */
@Controller
class SkpController {

	private final SkpService skps;

	private final SkpQueries queries;

	private final SkpVersions versions;

	private final GoalService goals;

	private final PlanningAccess access;

	private final SkpDocument document;

	private final Clock clock;

	SkpController(SkpService skps, SkpQueries queries, SkpVersions versions, GoalService goals, PlanningAccess access,
			SkpDocument document, Clock clock) {
		this.skps = skps;
		this.queries = queries;
		this.versions = versions;
		this.goals = goals;
		this.access = access;
		this.document = document;
		this.clock = clock;
	}

	/** A refusal to show on a page: a message key and its arguments. */
	record Problem(String key, Object[] args) implements java.io.Serializable {
	}

	@GetMapping("/skp")
	String mine(@RequestParam(required = false) @Nullable Integer year, Model model) {
		Actor actor = Actor.current().orElseThrow();
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(shown - 1, shown, shown + 1));
		model.addAttribute("plans",
				(actor.employeeId() != null) ? this.queries.plansOf(actor.username(), shown) : List.of());
		model.addAttribute("employee", actor.employeeId() != null);
		model.addAttribute("team", this.queries.teamPlans(shown));
		model.addAttribute("waiting", this.queries.waitingForMe());
		return "skp/mine";
	}

	@PostMapping("/skp/start")
	String start(@RequestParam int year, RedirectAttributes redirect) {
		Actor actor = Actor.current().orElseThrow();
		try {
			long id = this.skps.start(actor.username(), year).getId();
			return notice(redirect, "planning.saved.started", id);
		}
		catch (KinerjaException ex) {
			redirect.addFlashAttribute("problems", problems(ex));
			return "redirect:/skp?year=" + year;
		}
	}

	@GetMapping("/skp/{id}")
	String show(@PathVariable long id, Model model) {
		SkpView skp = this.queries.skp(id);
		model.addAttribute("skp", skp);
		model.addAttribute("owner", this.access.owns(this.queries.header(id)));
		model.addAttribute("decides", this.access.decides(this.queries.header(id)));
		model.addAttribute("versions", this.versions.list(id));
		return "skp/show";
	}

	/** The document, shown in the browser in the page's language. */
	@GetMapping("/skp/{id}/document.pdf")
	ResponseEntity<byte[]> document(@PathVariable long id, Locale locale) {
		return SkpApiController.pdf(this.document.render(id, locale), ContentDisposition.inline());
	}

	@GetMapping("/skp/{id}/rhk/new")
	String newRhk(@PathVariable long id, Model model) {
		SkpView skp = this.queries.skp(id);
		model.addAttribute("form", RhkForm.blank(skp.version()));
		return rhkPage(skp, null, model);
	}

	@PostMapping("/skp/{id}/rhk/new")
	String addRhk(@PathVariable long id, @ModelAttribute("form") RhkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.skps.addRhk(id, form.input(), form.getSkpVersion());
			return notice(redirect, "planning.saved.rhk-added", id);
		}
		catch (FieldsRejectedException ex) {
			reject(result, ex, form);
		}
		catch (KinerjaException ex) {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("web.error.conflict");
		}
		form.padRows();
		return rhkPage(this.queries.skp(id), null, model);
	}

	@GetMapping("/skp/{id}/rhk/{rhkId}/edit")
	String editRhk(@PathVariable long id, @PathVariable long rhkId, Model model) {
		SkpView skp = this.queries.skp(id);
		SkpView.RhkView rhk = rhkOf(skp, rhkId);
		model.addAttribute("form", RhkForm.of(rhk));
		return rhkPage(skp, rhk, model);
	}

	@PostMapping("/skp/{id}/rhk/{rhkId}/edit")
	String changeRhk(@PathVariable long id, @PathVariable long rhkId, @ModelAttribute("form") RhkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		SkpView skp = this.queries.skp(id);
		SkpView.RhkView rhk = rhkOf(skp, rhkId);
		try {
			this.skps.changeRhk(rhkId, form.input(), form.getVersion());
			return notice(redirect, "planning.saved.rhk-changed", id);
		}
		catch (FieldsRejectedException ex) {
			reject(result, ex, form);
		}
		catch (KinerjaException ex) {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("web.error.conflict");
		}
		form.padRows();
		return rhkPage(skp, rhk, model);
	}

	@PostMapping("/skp/{id}/rhk/{rhkId}/remove")
	String removeRhk(@PathVariable long id, @PathVariable long rhkId,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return act(id, redirect, "planning.saved.rhk-removed", () -> this.skps.removeRhk(rhkId, version));
	}

	@PostMapping("/skp/{id}/rhk/{rhkId}/acknowledge")
	String acknowledge(@PathVariable long id, @PathVariable long rhkId, RedirectAttributes redirect) {
		return act(id, redirect, "planning.saved.acknowledged", () -> this.skps.acknowledgeSupervisorChange(rhkId));
	}

	@GetMapping("/skp/{id}/details")
	String details(@PathVariable long id, Model model) {
		SkpView skp = this.queries.skp(id);
		model.addAttribute("form", new DetailsForm(skp.approach(), skp.resourceSupport(), skp.accountabilityScheme(),
				skp.consequences(), skp.version()));
		model.addAttribute("skp", skp);
		return "skp/details";
	}

	@PostMapping("/skp/{id}/details")
	String changeDetails(@PathVariable long id, @Valid @ModelAttribute("form") DetailsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.skps.changeHeader(id, form.approach(), form.resourceSupport(), form.accountabilityScheme(),
						form.consequences(), form.version());
				return notice(redirect, "planning.saved.details", id);
			}
			catch (FieldsRejectedException ex) {
				ex.getProblems()
					.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
							null));
			}
			catch (KinerjaException ex) {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("web.error.conflict");
			}
		}
		model.addAttribute("skp", this.queries.skp(id));
		return "skp/details";
	}

	@GetMapping("/skp/{id}/behaviours")
	String behaviours(@PathVariable long id, Model model) {
		SkpView skp = this.queries.skp(id);
		if (!this.access.decides(this.queries.header(id))) {
			throw new KinerjaException(org.springframework.http.HttpStatus.FORBIDDEN, "planning.skp.appraiser-only");
		}
		model.addAttribute("skp", skp);
		return "skp/behaviours";
	}

	@PostMapping("/skp/{id}/behaviours")
	String expect(@PathVariable long id, @RequestParam Map<String, String> fields,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		Map<CoreValue, String> expectations = new EnumMap<>(CoreValue.class);
		for (CoreValue value : CoreValue.values()) {
			expectations.put(value, fields.get("expectation-" + value.name()));
		}
		return act(id, redirect, "planning.saved.behaviours", () -> this.skps.expectAll(id, expectations, version));
	}

	@PostMapping("/skp/{id}/submit")
	String submit(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "planning.saved.submitted", () -> this.skps.submit(id, version));
	}

	@PostMapping("/skp/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		return act(id, redirect, "planning.saved.approved", () -> this.skps.approve(id, version));
	}

	@PostMapping("/skp/{id}/return")
	String returnToOwner(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return act(id, redirect, "planning.saved.returned", () -> this.skps.returnToOwner(id, note, version));
	}

	@GetMapping("/skp/{id}/versions")
	String versionPage(@PathVariable long id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		SkpView skp = this.queries.skp(id);
		List<SkpVersions.VersionSummary> kept = this.versions.list(id);
		model.addAttribute("skp", skp);
		model.addAttribute("kept", kept);
		if (kept.size() >= 2) {
			int last = kept.get(kept.size() - 1).number();
			int shownTo = (to != null) ? to : last;
			int shownFrom = (from != null) ? from : Math.max(1, shownTo - 1);
			model.addAttribute("from", shownFrom);
			model.addAttribute("to", shownTo);
			model.addAttribute("changes", this.versions.changes(id, shownFrom, shownTo));
		}
		return "skp/versions";
	}

	private String rhkPage(SkpView skp, SkpView.@Nullable RhkView rhk, Model model) {
		model.addAttribute("skp", skp);
		model.addAttribute("rhk", rhk);
		model.addAttribute("supervisorRhks", this.queries.supervisorRhks(skp.id()));
		model.addAttribute("goals",
				(skp.format() == id.kinerja.planning.SkpFormat.JPT) ? this.goals.goals(skp.year()) : List.of());
		model.addAttribute("quantitative", skp.approach() == Approach.KUANTITATIF);
		return "skp/rhk-form";
	}

	private static SkpView.RhkView rhkOf(SkpView skp, long rhkId) {
		return skp.rhk()
			.stream()
			.filter((rhk) -> rhk.id() == rhkId)
			.findFirst()
			.orElseThrow(() -> new KinerjaException(org.springframework.http.HttpStatus.NOT_FOUND,
					"planning.rhk.not-found"));
	}

	private static void reject(BindingResult result, FieldsRejectedException ex, RhkForm form) {
		for (FieldsRejectedException.FieldProblem problem : ex.getProblems()) {
			result.rejectValue(form.formField(problem.field()), problem.messageKey(), problem.arguments(), null);
		}
	}

	private String act(long id, RedirectAttributes redirect, String noticeKey, Runnable action) {
		try {
			action.run();
			return notice(redirect, noticeKey, id);
		}
		catch (KinerjaException ex) {
			redirect.addFlashAttribute("problems", problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems", List.of(new Problem("web.error.conflict", new Object[0])));
		}
		return "redirect:/skp/" + id;
	}

	private static List<Problem> problems(KinerjaException ex) {
		List<Problem> problems = new ArrayList<>();
		if (ex instanceof FieldsRejectedException rejected) {
			rejected.getProblems()
				.forEach((problem) -> problems.add(new Problem(problem.messageKey(), problem.arguments())));
		}
		else {
			problems.add(new Problem(ex.getMessageKey(), ex.getArguments()));
		}
		return problems;
	}

	private static String notice(RedirectAttributes redirect, String key, long id) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
		return "redirect:/skp/" + id;
	}

}
