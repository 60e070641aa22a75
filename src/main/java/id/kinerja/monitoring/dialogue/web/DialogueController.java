package id.kinerja.monitoring.dialogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.kinerja.monitoring.dialogue.ActionStatus;
import id.kinerja.monitoring.dialogue.Dialogue;
import id.kinerja.monitoring.dialogue.DialogueService;
import id.kinerja.monitoring.dialogue.DialogueService.DialogueDetails;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.KinerjaException;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogue pages: "Dialog Kinerja" with the caller's open actions first (overdue ones
 * marked), the schedule form for a supervisor, and the caller's dialogues; a dialogue's
 * page with its notes, its agreed actions and their follow-up (done or dropped, swapped
 * in place with htmx), and the employee's comment.
 */
@Controller
class DialogueController {

	private final DialogueService dialogues;

	private final ZoneId zone;

	private final Clock clock;

	DialogueController(DialogueService dialogues, Clock clock,
			@Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.dialogues = dialogues;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * The schedule form.
	 *
	 * @param employeeNip the subordinate
	 * @param scheduledAt when, in the agency's time zone
	 * @param place where
	 * @param agenda what
	 */
	record ScheduleForm(@Nullable String employeeNip,
			@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime scheduledAt, @Nullable String place,
			@Nullable String agenda) {
	}

	/**
	 * The notes form.
	 *
	 * @param notes the notes
	 * @param version the version read
	 */
	record NotesForm(@Nullable String notes, @Nullable Long version) {
	}

	/**
	 * The action form.
	 *
	 * @param text what
	 * @param ownerNip who
	 * @param dueDate by when
	 */
	record ActionForm(@Nullable String text, @Nullable String ownerNip,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate) {
	}

	/**
	 * The employee's comment form.
	 *
	 * @param comment the comment
	 * @param agreed whether the employee agrees with the record
	 * @param version the version read
	 */
	record CommentForm(@Nullable String comment, boolean agreed, @Nullable Long version) {
	}

	@GetMapping("/dialogues")
	String list(@RequestParam(required = false) @Nullable String nip, Model model) {
		model.addAttribute("form", new ScheduleForm(null, null, null, null));
		return listPage(nip, model);
	}

	@PostMapping("/dialogues")
	String schedule(@ModelAttribute("form") ScheduleForm form, BindingResult result, Model model) {
		try {
			Dialogue dialogue = this.dialogues.schedule(new DialogueService.ScheduleInput(form.employeeNip(),
					(form.scheduledAt() != null) ? form.scheduledAt().atZone(this.zone).toInstant() : null,
					form.place(), form.agenda(), null, null));
			return "redirect:/dialogues/" + dialogue.getId();
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

	@GetMapping("/dialogues/{id}")
	String show(@PathVariable long id, Model model) {
		return showPage(id, model, null, null, null);
	}

	@PostMapping("/dialogues/{id}/notes")
	String notes(@PathVariable long id, @ModelAttribute("notesForm") NotesForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String held, Model model, RedirectAttributes redirect) {
		try {
			if (held != null) {
				this.dialogues.markHeld(id, form.notes(), form.version());
				notice(redirect, "monitoring.dialogue.held-saved");
			}
			else {
				this.dialogues.recordNotes(id, form.notes(), form.version());
				notice(redirect, "monitoring.dialogue.notes-saved");
			}
			return "redirect:/dialogues/" + id;
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
		}
		return showPage(id, model, form, null, null);
	}

	@PostMapping("/dialogues/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect) {
		try {
			this.dialogues.cancel(id, reason, version);
			notice(redirect, "monitoring.dialogue.cancelled");
		}
		catch (FieldsRejectedException ex) {
			notice(redirect, "monitoring.dialogue.reason.required");
			redirect.addFlashAttribute("noticeError", true);
		}
		return "redirect:/dialogues/" + id;
	}

	@PostMapping("/dialogues/{id}/comment")
	String comment(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.dialogues.comment(id, form.comment(), form.agreed(), form.version());
			notice(redirect, "monitoring.dialogue.comment-saved");
			return "redirect:/dialogues/" + id;
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
		}
		return showPage(id, model, null, null, form);
	}

	@PostMapping("/dialogues/{id}/actions")
	String addAction(@PathVariable long id, @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.dialogues.addAction(id, new DialogueService.ActionInput(form.text(), form.ownerNip(), form.dueDate()));
			notice(redirect, "monitoring.dialogue.action-saved");
			return "redirect:/dialogues/" + id;
		}
		catch (FieldsRejectedException ex) {
			ex.getProblems()
				.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
						null));
		}
		return showPage(id, model, null, form, null);
	}

	@PostMapping("/dialogues/{id}/actions/{actionId}/follow-up")
	String followUp(@PathVariable long id, @PathVariable long actionId,
			@RequestParam(required = false) @Nullable ActionStatus status,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable Long version,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		String error = null;
		try {
			this.dialogues.followUp(id, actionId, status, note, version);
		}
		catch (FieldsRejectedException ex) {
			error = ex.getProblems().get(0).messageKey();
		}
		if (htmx == null) {
			if (error != null) {
				notice(redirect, error);
				redirect.addFlashAttribute("noticeError", true);
			}
			return "redirect:/dialogues/" + id;
		}
		DialogueDetails details = this.dialogues.dialogue(id);
		model.addAttribute("details", details);
		model.addAttribute("today", LocalDate.now(this.clock.withZone(this.zone)));
		model.addAttribute("item",
				details.actions()
					.stream()
					.filter((item) -> Long.valueOf(actionId).equals(item.action().getId()))
					.findFirst()
					.orElseThrow());
		model.addAttribute("followUpError", error);
		return "dialogues/show :: action";
	}

	private String listPage(@Nullable String nip, Model model) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(org.springframework.http.HttpStatus.UNAUTHORIZED,
					"identity.sign-in.required"));
		boolean own = nip == null || nip.isBlank();
		List<Dialogue> list;
		if (own) {
			list = (actor.employeeId() != null) ? this.dialogues.mine() : List.of();
			model.addAttribute("openActions",
					(actor.employeeId() != null) ? this.dialogues.myOpenActions() : List.of());
			model.addAttribute("subordinates", (actor.employeeId() != null) ? this.dialogues.subordinates() : Map.of());
		}
		else {
			list = this.dialogues.dialoguesOf(nip);
			model.addAttribute("openActions", this.dialogues.openActionsOf(nip));
			model.addAttribute("subordinates", Map.of());
		}
		model.addAttribute("own", own);
		model.addAttribute("nip", own ? null : nip.strip());
		model.addAttribute("self", actor.employeeId());
		model.addAttribute("dialogues", list);
		model.addAttribute("names", this.dialogues.names(list));
		model.addAttribute("zone", this.zone);
		return "dialogues/list";
	}

	private String showPage(long id, Model model, @Nullable NotesForm notesForm, @Nullable ActionForm actionForm,
			@Nullable CommentForm commentForm) {
		DialogueDetails details = this.dialogues.dialogue(id);
		Dialogue dialogue = details.dialogue();
		model.addAttribute("details", details);
		model.addAttribute("zone", this.zone);
		model.addAttribute("today", LocalDate.now(this.clock.withZone(this.zone)));
		if (!model.containsAttribute("notesForm")) {
			model.addAttribute("notesForm",
					(notesForm != null) ? notesForm : new NotesForm(dialogue.getNotes(), dialogue.getVersion()));
		}
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm",
					(actionForm != null) ? actionForm : new ActionForm(null, details.employeeNip(), null));
		}
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm",
					(commentForm != null) ? commentForm : new CommentForm(dialogue.getEmployeeComment(),
							dialogue.isEmployeeAgreed(), dialogue.getVersion()));
		}
		return "dialogues/show";
	}

	private static void notice(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeArgs", new Object[0]);
	}

}
