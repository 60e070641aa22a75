package id.kinerja.monitoring.dialogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.monitoring.dialogue.CoachingFeedback;
import id.kinerja.monitoring.dialogue.CoachingKind;
import id.kinerja.monitoring.dialogue.CoachingService;
import id.kinerja.monitoring.dialogue.CoachingService.SessionDetails;
import id.kinerja.monitoring.dialogue.CoachingSession;
import id.kinerja.monitoring.dialogue.CompetenceEvaluation;
import id.kinerja.monitoring.dialogue.DialogueService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
 * The coaching pages: the caller's coaching, mentoring and konseling sessions with the
 * form a supervisor records one on (held already or scheduled); a session's page with the
 * employee's feedback form (each statement on a 1–5 scale) and the coach's competence
 * evaluation (each competence 1–5 with the reason).
 */
@Controller
class CoachingController {

	private final CoachingService coaching;

	private final DialogueService dialogues;

	private final Clock clock;

	private final ZoneId zone;

	CoachingController(CoachingService coaching, DialogueService dialogues, Clock clock,
			@Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.coaching = coaching;
		this.dialogues = dialogues;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * The session form.
	 *
	 * @param employeeNip the employee
	 * @param kind the kind
	 * @param sessionDate the day
	 * @param held whether it was held already
	 * @param issues the issues
	 * @param agreedActions the actions agreed
	 * @param followUp the follow-up
	 */
	record SessionForm(@Nullable String employeeNip, @Nullable CoachingKind kind,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sessionDate, boolean held,
			@Nullable String issues, @Nullable String agreedActions, @Nullable String followUp) {
	}

	@GetMapping("/coaching")
	String list(@RequestParam(required = false) @Nullable String nip, Model model) {
		model.addAttribute("form", new SessionForm(null, CoachingKind.COACHING, today(), true, null, null, null));
		return listPage(nip, model);
	}

	@PostMapping("/coaching")
	String record(@ModelAttribute("form") SessionForm form, BindingResult result, Model model) {
		try {
			CoachingSession session = this.coaching
				.record(new CoachingService.SessionInput(form.employeeNip(), form.kind(), form.sessionDate(),
						form.held(), form.issues(), form.agreedActions(), form.followUp(), null, null));
			return "redirect:/coaching/" + session.getId();
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
		}
		catch (KinerjaException ex) {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
		return listPage(null, model);
	}

	@GetMapping("/coaching/{id}")
	String show(@PathVariable long id, Model model) {
		return showPage(id, model, Map.of(), Map.of());
	}

	@PostMapping("/coaching/{id}/held")
	String held(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		try {
			this.coaching.markHeld(id, version);
			notice(redirect, "monitoring.coaching.held-saved", false);
		}
		catch (FieldsRejectedException ex) {
			notice(redirect, ex.getProblems().get(0).messageKey(), true);
		}
		return "redirect:/coaching/" + id;
	}

	@PostMapping("/coaching/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect) {
		this.coaching.cancel(id, version);
		notice(redirect, "monitoring.coaching.cancelled", false);
		return "redirect:/coaching/" + id;
	}

	@PostMapping("/coaching/{id}/feedback")
	String feedback(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (String code : CoachingFeedback.STATEMENTS) {
			String value = params.get("answer_" + code);
			if (value != null && value.matches("[0-9]{1,2}")) {
				answers.put(code, Integer.valueOf(value));
			}
		}
		try {
			this.coaching.giveFeedback(id, answers, params.get("comment"));
			notice(redirect, "monitoring.coaching.feedback-saved", false);
			return "redirect:/coaching/" + id;
		}
		catch (FieldsRejectedException ex) {
			Map<String, FieldProblem> errors = new LinkedHashMap<>();
			ex.getProblems().forEach((problem) -> errors.put(problem.field(), problem));
			model.addAttribute("feedbackParams", params);
			return showPage(id, model, errors, Map.of());
		}
	}

	@PostMapping("/coaching/{id}/evaluation")
	String evaluate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		List<CoachingService.ScoreInput> scores = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (String code : CompetenceEvaluation.COMPETENCES) {
			String score = blankToNull(params.get("score_" + code));
			String reason = blankToNull(params.get("reason_" + code));
			String name = blankToNull(params.get("name_" + code));
			if (score != null || reason != null || name != null) {
				scores.add(new CoachingService.ScoreInput(code, name,
						(score != null && score.matches("[0-9]{1,2}")) ? Integer.valueOf(score) : null, reason));
				codes.add(code);
			}
		}
		String version = blankToNull(params.get("version"));
		try {
			this.coaching.evaluate(id, scores,
					(version != null && version.matches("[0-9]{1,18}")) ? Long.valueOf(version) : null);
			notice(redirect, "monitoring.coaching.evaluation-saved", false);
			return "redirect:/coaching/" + id;
		}
		catch (FieldsRejectedException ex) {
			// competences[2].reason → reason_<code of the third row filled in>
			Map<String, FieldProblem> errors = new LinkedHashMap<>();
			for (FieldProblem problem : ex.getProblems()) {
				String field = problem.field();
				java.util.regex.Matcher row = java.util.regex.Pattern.compile("competences\\[(\\d+)]\\.(\\w+)")
					.matcher(field);
				if (row.matches()) {
					field = row.group(2) + "_" + codes.get(Integer.parseInt(row.group(1)));
				}
				errors.put(field, problem);
			}
			model.addAttribute("evaluationParams", params);
			return showPage(id, model, Map.of(), errors);
		}
	}

	private String listPage(@Nullable String nip, Model model) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		boolean own = nip == null || nip.isBlank();
		List<CoachingSession> list;
		if (own) {
			list = (actor.employeeId() != null) ? this.coaching.mine() : List.of();
			model.addAttribute("subordinates", (actor.employeeId() != null) ? this.dialogues.subordinates() : Map.of());
		}
		else {
			list = this.coaching.sessionsOf(nip);
			model.addAttribute("subordinates", Map.of());
		}
		model.addAttribute("own", own);
		model.addAttribute("self", actor.employeeId());
		model.addAttribute("sessions", list);
		model.addAttribute("names", this.coaching.names(list));
		model.addAttribute("kinds", CoachingKind.values());
		return "coaching/list";
	}

	private String showPage(long id, Model model, Map<String, FieldProblem> feedbackErrors,
			Map<String, FieldProblem> evaluationErrors) {
		SessionDetails details = this.coaching.session(id);
		model.addAttribute("details", details);
		model.addAttribute("statements", CoachingFeedback.STATEMENTS);
		model.addAttribute("competences", CompetenceEvaluation.COMPETENCES);
		model.addAttribute("feedbackErrors", feedbackErrors);
		model.addAttribute("evaluationErrors", evaluationErrors);
		if (!model.containsAttribute("feedbackParams")) {
			model.addAttribute("feedbackParams", Map.of());
		}
		if (!model.containsAttribute("evaluationParams")) {
			Map<String, String> current = new LinkedHashMap<>();
			if (details.evaluation() != null) {
				current.put("version", String.valueOf(details.evaluation().getVersion()));
				details.evaluation().getScores().forEach((score) -> {
					current.put("score_" + score.competenceCode(), String.valueOf(score.score()));
					current.put("reason_" + score.competenceCode(), score.reason());
					if (score.competenceName() != null) {
						current.put("name_" + score.competenceCode(), score.competenceName());
					}
				});
			}
			model.addAttribute("evaluationParams", current);
		}
		return "coaching/show";
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	private static void notice(RedirectAttributes redirect, String key, boolean error) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
		if (error) {
			redirect.addFlashAttribute("noticeError", true);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
