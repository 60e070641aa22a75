package id.kinerja.evaluation.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.evaluation.AppealDecision;
import id.kinerja.evaluation.AppealParty;
import id.kinerja.evaluation.Evaluation;
import id.kinerja.evaluation.EvaluationDocument;
import id.kinerja.evaluation.Rating;
import id.kinerja.evaluation.SignoffService;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpView;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sign-off pages: the employee's view of a final evaluation with the receipt
 * ("Terima") and the appeal form while the window is open, the document links, the list
 * of appeals that concern the signed-in person and one appeal's page with both sides, the
 * exchange and the request, answer and decision forms.
 */
@Controller
class SignoffController {

	private final SignoffService signoff;

	private final EvaluationDocument document;

	private final SkpQueries plans;

	SignoffController(SignoffService signoff, EvaluationDocument document, SkpQueries plans) {
		this.signoff = signoff;
		this.document = document;
		this.plans = plans;
	}

	/** A refusal to show after a redirect. */
	record Problem(String key, Object[] args) implements Serializable {
	}

	@GetMapping("/evaluasi/{evaluationId}/hasil")
	String result(@PathVariable long evaluationId, Model model) {
		SignoffService.Result result = this.signoff.result(evaluationId);
		model.addAttribute("result", result);
		model.addAttribute("e", result.evaluation());
		model.addAttribute("plan", this.plans.skp(result.evaluation().getSkpId()));
		return "evaluation/result";
	}

	@PostMapping("/evaluasi/{evaluationId}/terima")
	String receive(@PathVariable long evaluationId, RedirectAttributes redirect) {
		Evaluation e = this.signoff.result(evaluationId).evaluation();
		return act(redirect, "/evaluasi/" + evaluationId + "/hasil", "evaluation.receipt.done",
				() -> this.signoff.acknowledge(e.getSkpId(), e.getPeriodCode()));
	}

	@PostMapping("/evaluasi/{evaluationId}/keberatan")
	String file(@PathVariable long evaluationId, @RequestParam(required = false) @Nullable String reasons,
			RedirectAttributes redirect) {
		Evaluation e = this.signoff.result(evaluationId).evaluation();
		try {
			long appealId = this.signoff.file(e.getSkpId(), e.getPeriodCode(), reasons).getId();
			redirect.addFlashAttribute("notice", "evaluation.appeal.filed");
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
			return "redirect:/keberatan/" + appealId;
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() == HttpStatus.FORBIDDEN || ex.getStatus() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problems", problems(ex));
			redirect.addFlashAttribute("reasons", reasons);
			return "redirect:/evaluasi/" + evaluationId + "/hasil";
		}
	}

	@GetMapping("/evaluasi/{evaluationId}/dokumen.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long evaluationId, @RequestParam(required = false) @Nullable String lang,
			Locale locale) {
		Evaluation e = this.signoff.result(evaluationId).evaluation();
		Locale language = (lang != null) ? Locale.forLanguageTag(lang.equals("en") ? "en" : "id") : locale;
		return SignoffApiController.pdf(this.document.render(e.getSkpId(), e.getPeriodCode(), language),
				ContentDisposition.inline());
	}

	@GetMapping("/keberatan")
	String appeals(Model model) {
		model.addAttribute("lists", this.signoff.lists());
		return "evaluation/appeals";
	}

	@GetMapping("/keberatan/{id}")
	String appeal(@PathVariable long id, Model model) {
		SignoffService.AppealCase appeal = this.signoff.appeal(id);
		SkpView plan = this.plans.skp(appeal.evaluation().getSkpId());
		Map<Long, String> rhkTexts = new LinkedHashMap<>();
		plan.rhk().forEach((rhk) -> rhkTexts.put(rhk.id(), rhk.number() + ". " + rhk.text()));
		model.addAttribute("c", appeal);
		model.addAttribute("a", appeal.appeal());
		model.addAttribute("e", appeal.evaluation());
		model.addAttribute("plan", plan);
		model.addAttribute("rhkTexts", rhkTexts);
		model.addAttribute("ratings", Rating.values());
		return "evaluation/appeal";
	}

	@PostMapping("/keberatan/{id}/permintaan")
	String ask(@PathVariable long id, @RequestParam(required = false) @Nullable AppealParty addressedTo,
			@RequestParam(required = false) @Nullable String body, RedirectAttributes redirect) {
		return act(redirect, "/keberatan/" + id, "evaluation.appeal.asked",
				() -> this.signoff.ask(id, addressedTo, body));
	}

	@PostMapping("/keberatan/{id}/jawaban")
	String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String body,
			RedirectAttributes redirect) {
		return act(redirect, "/keberatan/" + id, "evaluation.appeal.answered", () -> this.signoff.answer(id, body));
	}

	@PostMapping("/keberatan/{id}/putusan")
	String decide(@PathVariable long id, @RequestParam(required = false) @Nullable AppealDecision decision,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Rating ratingHasil,
			@RequestParam(required = false) @Nullable Rating ratingPerilaku,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		return act(redirect, "/keberatan/" + id, "evaluation.appeal.decided-notice",
				() -> this.signoff.decide(id, decision, reason, ratingHasil, ratingPerilaku, version));
	}

	/**
	 * Run a form's action; a refusal other than 403/404 comes back to the page as a
	 * message.
	 */
	private static String act(RedirectAttributes redirect, String page, String noticeKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", noticeKey);
			redirect.addFlashAttribute("noticeArgs", new Object[0]);
		}
		catch (KinerjaException ex) {
			if (ex.getStatus() == HttpStatus.FORBIDDEN || ex.getStatus() == HttpStatus.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problems", problems(ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems", List.of(new Problem("web.error.conflict", new Object[0])));
		}
		return "redirect:" + page;
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

}
