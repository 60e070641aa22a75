package id.kinerja.monitoring.dialogue.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import id.kinerja.monitoring.dialogue.ActionStatus;
import id.kinerja.monitoring.dialogue.Dialogue;
import id.kinerja.monitoring.dialogue.DialogueAction;
import id.kinerja.monitoring.dialogue.DialogueService;
import id.kinerja.monitoring.dialogue.DialogueService.ActionItem;
import id.kinerja.monitoring.dialogue.DialogueService.DialogueDetails;
import id.kinerja.monitoring.dialogue.DialogueStatus;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Performance dialogues")
class DialogueApiController {

	private final DialogueService dialogues;

	private final ZoneId zone;

	DialogueApiController(DialogueService dialogues, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.dialogues = dialogues;
		this.zone = zone;
	}

	/** A dialogue in a list. */
	record DialogueSummary(long id, @Nullable Long version, long employeeId, long supervisorId, Instant scheduledAt,
			@Nullable String place, String agenda, DialogueStatus status, @Nullable Long skpId,
			@Nullable String period) {

		static DialogueSummary of(Dialogue dialogue) {
			return new DialogueSummary(dialogue.getId(), dialogue.getVersion(), dialogue.getEmployeeId(),
					dialogue.getSupervisorId(), dialogue.getScheduledAt(), dialogue.getPlace(), dialogue.getAgenda(),
					dialogue.getStatus(), dialogue.getSkpId(), dialogue.getPeriodCode());
		}

	}

	/** An agreed action as read. */
	record ActionView(long id, @Nullable Long version, long dialogueId, String text, String ownerNip, String ownerName,
			LocalDate dueDate, ActionStatus status, boolean overdue, @Nullable Instant doneAt, @Nullable String note) {

		static ActionView of(ActionItem item) {
			DialogueAction action = item.action();
			return new ActionView(action.getId(), action.getVersion(), item.dialogueId(), action.getActionText(),
					item.ownerNip(), item.ownerName(), action.getDueDate(), action.getStatus(), item.overdue(),
					action.getDoneAt(), action.getFollowUpNote());
		}

	}

	/** A dialogue with its people and actions. */
	record DialogueView(long id, @Nullable Long version, String employeeNip, String employeeName, String supervisorNip,
			String supervisorName, Instant scheduledAt, @Nullable String place, String agenda, DialogueStatus status,
			@Nullable Long skpId, @Nullable String period, @Nullable String notes, @Nullable Instant heldAt,
			@Nullable String cancelReason, @Nullable String employeeComment, boolean employeeAgreed,
			List<ActionView> actions) {

		static DialogueView of(DialogueDetails details) {
			Dialogue dialogue = details.dialogue();
			return new DialogueView(dialogue.getId(), dialogue.getVersion(), details.employeeNip(),
					details.employeeName(), details.supervisorNip(), details.supervisorName(),
					dialogue.getScheduledAt(), dialogue.getPlace(), dialogue.getAgenda(), dialogue.getStatus(),
					dialogue.getSkpId(), dialogue.getPeriodCode(), dialogue.getNotes(), dialogue.getHeldAt(),
					dialogue.getCancelReason(), dialogue.getEmployeeComment(), dialogue.isEmployeeAgreed(),
					details.actions().stream().map(ActionView::of).toList());
		}

	}

	/** A dialogue as scheduled or rescheduled. */
	record ScheduleRequest(@Nullable String employeeNip, @Nullable String scheduledAt, @Nullable String place,
			@Nullable String agenda, @Nullable Long skpId, @Nullable String period, @Nullable Long version) {

		/**
		 * The input, with the time read as ISO with an offset
		 * ({@code 2087-03-04T09:00+07:00}) or without one in the agency's time zone.
		 */
		DialogueService.ScheduleInput input(ZoneId zone) {
			Instant at = null;
			if (this.scheduledAt != null && !this.scheduledAt.isBlank()) {
				try {
					at = OffsetDateTime.parse(this.scheduledAt.strip()).toInstant();
				}
				catch (DateTimeParseException withoutOffset) {
					try {
						at = LocalDateTime.parse(this.scheduledAt.strip()).atZone(zone).toInstant();
					}
					catch (DateTimeParseException ex) {
						throw new FieldsRejectedException(
								List.of(new FieldProblem("scheduledAt", "monitoring.dialogue.scheduled.format")));
					}
				}
			}
			return new DialogueService.ScheduleInput(this.employeeNip, at, this.place, this.agenda, this.skpId,
					this.period);
		}

	}

	/** Notes, as recorded or on marking a dialogue held. */
	record NotesRequest(@Nullable String notes, @Nullable Long version) {
	}

	/** The reason a dialogue is cancelled. */
	record CancelRequest(@Nullable String reason, @Nullable Long version) {
	}

	/** The employee's comment and agreement. */
	record CommentRequest(@Nullable String comment, @Nullable Boolean agreed, @Nullable Long version) {
	}

	/** An action as agreed or changed. */
	record ActionRequest(@Nullable String text, @Nullable String ownerNip, @Nullable LocalDate dueDate,
			@Nullable Long version) {

		DialogueService.ActionInput input() {
			return new DialogueService.ActionInput(this.text, this.ownerNip, this.dueDate);
		}

	}

	/** How an action was followed up. */
	record FollowUpRequest(@Nullable ActionStatus status, @Nullable String note, @Nullable Long version) {
	}

	@PostMapping("/api/v1/dialogues")
	@Operation(summary = "Schedule a performance dialogue (dialog kinerja) with a subordinate")
	ResponseEntity<DialogueView> schedule(@RequestBody ScheduleRequest request) {
		Dialogue dialogue = this.dialogues.schedule(request.input(this.zone));
		return ResponseEntity.created(URI.create("/api/v1/dialogues/" + dialogue.getId()))
			.body(DialogueView.of(this.dialogues.dialogue(dialogue.getId())));
	}

	@GetMapping("/api/v1/dialogues")
	@Operation(summary = "An employee's dialogues, or without nip the caller's own (as employee and supervisor)")
	List<DialogueSummary> list(@RequestParam(required = false) @Nullable String nip) {
		List<Dialogue> list = (nip == null || nip.isBlank()) ? this.dialogues.mine() : this.dialogues.dialoguesOf(nip);
		return list.stream().map(DialogueSummary::of).toList();
	}

	@GetMapping("/api/v1/dialogues/actions")
	@Operation(summary = "Open agreed actions: the caller's own, or those of an employee's dialogues")
	List<ActionView> openActions(@RequestParam(required = false) @Nullable String nip) {
		List<ActionItem> items = (nip == null || nip.isBlank()) ? this.dialogues.myOpenActions()
				: this.dialogues.openActionsOf(nip);
		return items.stream().map(ActionView::of).toList();
	}

	@GetMapping("/api/v1/dialogues/{id}")
	@Operation(summary = "A dialogue with its notes and agreed actions")
	DialogueView get(@PathVariable long id) {
		return DialogueView.of(this.dialogues.dialogue(id));
	}

	@PutMapping("/api/v1/dialogues/{id}")
	@Operation(summary = "Reschedule a dialogue not yet held (its supervisor)")
	DialogueView reschedule(@PathVariable long id, @RequestBody ScheduleRequest request) {
		this.dialogues.reschedule(id, request.input(this.zone), request.version());
		return get(id);
	}

	@PutMapping("/api/v1/dialogues/{id}/notes")
	@Operation(summary = "Record the supervisor's notes of a dialogue")
	DialogueView notes(@PathVariable long id, @RequestBody NotesRequest request) {
		this.dialogues.recordNotes(id, request.notes(), request.version());
		return get(id);
	}

	@PostMapping("/api/v1/dialogues/{id}/held")
	@Operation(summary = "Mark a dialogue held, with its notes (its supervisor)")
	DialogueView held(@PathVariable long id, @RequestBody(required = false) @Nullable NotesRequest request) {
		this.dialogues.markHeld(id, (request != null) ? request.notes() : null,
				(request != null) ? request.version() : null);
		return get(id);
	}

	@PostMapping("/api/v1/dialogues/{id}/cancel")
	@Operation(summary = "Cancel a scheduled dialogue with the reason (its supervisor)")
	DialogueView cancel(@PathVariable long id, @RequestBody CancelRequest request) {
		this.dialogues.cancel(id, request.reason(), request.version());
		return get(id);
	}

	@PostMapping("/api/v1/dialogues/{id}/comment")
	@Operation(summary = "Comment on a dialogue and agree with its record (its employee)")
	DialogueView comment(@PathVariable long id, @RequestBody CommentRequest request) {
		this.dialogues.comment(id, request.comment(), Boolean.TRUE.equals(request.agreed()), request.version());
		return get(id);
	}

	@PostMapping("/api/v1/dialogues/{id}/actions")
	@Operation(summary = "Agree an action with its owner (the employee or the supervisor) and due date")
	ResponseEntity<ActionView> addAction(@PathVariable long id, @RequestBody ActionRequest request) {
		DialogueAction action = this.dialogues.addAction(id, request.input());
		return ResponseEntity.created(URI.create("/api/v1/dialogues/" + id + "/actions/" + action.getId()))
			.body(action(id, action.getId()));
	}

	@PutMapping("/api/v1/dialogues/{id}/actions/{actionId}")
	@Operation(summary = "Change an open action (the dialogue's supervisor)")
	ActionView changeAction(@PathVariable long id, @PathVariable long actionId, @RequestBody ActionRequest request) {
		this.dialogues.changeAction(id, actionId, request.input(), request.version());
		return action(id, actionId);
	}

	@PostMapping("/api/v1/dialogues/{id}/actions/{actionId}/follow-up")
	@Operation(summary = "Follow an action up: DONE (its owner or the supervisor) or DROPPED (the supervisor)")
	ActionView followUp(@PathVariable long id, @PathVariable long actionId, @RequestBody FollowUpRequest request) {
		this.dialogues.followUp(id, actionId, request.status(), request.note(), request.version());
		return action(id, actionId);
	}

	private ActionView action(long dialogueId, long actionId) {
		return this.dialogues.dialogue(dialogueId)
			.actions()
			.stream()
			.filter((item) -> Long.valueOf(actionId).equals(item.action().getId()))
			.map(ActionView::of)
			.findFirst()
			.orElseThrow();
	}

}
