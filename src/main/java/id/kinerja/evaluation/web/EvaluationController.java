package id.kinerja.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.evaluation.EvaluationQueries;
import id.kinerja.evaluation.EvaluationService;
import id.kinerja.evaluation.EvaluationService.RatingInput;
import id.kinerja.evaluation.EvaluationService.SelfAssessmentInput;
import id.kinerja.evaluation.Predikat;
import id.kinerja.evaluation.Rating;
import id.kinerja.planning.CoreValue;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation pages: my evaluations and my team's for a period, one period's rating
 * sheet (the pejabat penilai rates, the owner reads it and writes the self-assessment
 * while it is open), and an employee's year.
 */
@Controller
class EvaluationController {

	static final String FORM_ERROR = "_form";

	private final EvaluationService service;

	private final EvaluationQueries queries;

	private final MessageSource messages;

	EvaluationController(EvaluationService service, EvaluationQueries queries, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.messages = messages;
	}

	/** Return the year asked for, or that of the period, or the current one. */
	static int yearOf(@Nullable Integer year, @Nullable String period, int current) {
		if (year != null) {
			return year;
		}
		if (period != null && period.strip().length() >= 4
				&& period.strip().substring(0, 4).chars().allMatch(Character::isDigit)) {
			return Integer.parseInt(period.strip().substring(0, 4));
		}
		return current;
	}

	@GetMapping("/evaluasi")
	String list(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String period, Model model) {
		int y = yearOf(year, period, this.queries.currentYear());
		String code = (period == null || period.isBlank()) ? String.valueOf(y) : period.strip();
		model.addAttribute("year", y);
		model.addAttribute("period", code);
		model.addAttribute("years", List.of(y - 1, y, y + 1));
		model.addAttribute("mine", this.queries.mine(y));
		model.addAttribute("team", this.queries.team(y, code));
		return "evaluation/list";
	}

	@GetMapping("/skp/{id}/evaluasi/{period}")
	String sheet(@PathVariable long id, @PathVariable String period, Model model) {
		return page(id, period, model, Map.of(), Map.of());
	}

	@PostMapping("/skp/{id}/evaluasi/{period}")
	String rate(@PathVariable long id, @PathVariable String period, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		RatingInput input = new RatingInput(blank(form.get("ratingHasil")), blank(form.get("ratingPerilaku")),
				form.get("reason"), form.get("notes"), form.get("recommendation"), prefixed(form, "rhkFeedback."),
				prefixed(form, "valueFeedback."));
		return attempt(id, period, form, model, redirect, locale, "evaluation.rate.saved",
				() -> this.service.rate(id, period, input, version(form)));
	}

	@PostMapping("/skp/{id}/evaluasi/{period}/diri")
	String self(@PathVariable long id, @PathVariable String period, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect, Locale locale) {
		SelfAssessmentInput input = new SelfAssessmentInput(form.getOrDefault("overall", ""),
				prefixed(form, "rhkNotes."), prefixed(form, "valueNotes."));
		return attempt(id, period, form, model, redirect, locale, "evaluation.self.saved",
				() -> this.service.writeSelfAssessment(id, period, input, version(form)));
	}

	@PostMapping("/skp/{id}/evaluasi/{period}/diri/ajukan")
	String submitSelf(@PathVariable long id, @PathVariable String period, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, Locale locale) {
		return attempt(id, period, form, model, redirect, locale, "evaluation.self.submitted-notice",
				() -> this.service.submitSelfAssessment(id, period, version(form)));
	}

	@PostMapping("/skp/{id}/evaluasi/{period}/final")
	String finalise(@PathVariable long id, @PathVariable String period, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, Locale locale) {
		return attempt(id, period, form, model, redirect, locale, "evaluation.rate.finalised",
				() -> this.service.finalise(id, period, version(form)));
	}

	@GetMapping("/evaluasi/pegawai/{nip}/{year}")
	String annual(@PathVariable String nip, @PathVariable int year, Model model) {
		model.addAttribute("annual", this.queries.annual(nip, year));
		return "evaluation/annual";
	}

	private String attempt(long id, String period, Map<String, String> form, Model model, RedirectAttributes redirect,
			Locale locale, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			redirect.addFlashAttribute("noticeArgs", new Object[] { period });
			return "redirect:/skp/" + id + "/evaluasi/" + period;
		}
		catch (FieldsRejectedException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.getProblems()
				.forEach((problem) -> errors.merge(problem.field(),
						this.messages.getMessage(problem.messageKey(), problem.arguments(), locale), (a, b) -> a));
			return page(id, period, model, form, errors);
		}
		catch (OptimisticLockingFailureException ex) {
			return page(id, period, model, form,
					Map.of(FORM_ERROR, this.messages.getMessage("web.error.conflict", null, locale)));
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() != HttpStatus.CONFLICT) {
				throw ex;
			}
			return page(id, period, model, form,
					Map.of(FORM_ERROR, this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale)));
		}
	}

	private String page(long id, String period, Model model, Map<String, String> form, Map<String, String> errors) {
		EvaluationQueries.Sheet sheet = this.queries.sheet(id, period);
		model.addAttribute("sheet", sheet);
		model.addAttribute("plan", sheet.plan());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("matrix", matrix());
		model.addAttribute("values", CoreValue.values());
		return "evaluation/sheet";
	}

	/** Return the predikat matrix by rating hasil (rows, best first) and perilaku. */
	static Map<Rating, Map<Rating, Predikat>> matrix() {
		Map<Rating, Map<Rating, Predikat>> matrix = new LinkedHashMap<>();
		for (Rating hasil : Rating.values()) {
			Map<Rating, Predikat> row = new LinkedHashMap<>();
			for (Rating perilaku : List.of(Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
					Rating.DI_ATAS_EKSPEKTASI)) {
				row.put(perilaku, Predikat.of(hasil, perilaku));
			}
			matrix.put(hasil, row);
		}
		return matrix;
	}

	private static Map<String, String> prefixed(Map<String, String> form, String prefix) {
		Map<String, String> result = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith(prefix)) {
				result.put(key.substring(prefix.length()), value);
			}
		});
		return result;
	}

	private static @Nullable String blank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static @Nullable Long version(Map<String, String> form) {
		String value = form.get("version");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
