package id.kinerja.monitoring.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.employee.Employee;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static id.kinerja.monitoring.dialogue.DialogueAccess.blankToNull;
import static id.kinerja.monitoring.dialogue.DialogueAccess.checkLength;

/**
 * Performance dialogues (dialog kinerja). One above an employee in the reporting line
 * today (incl. a Plt/Plh standing in) schedules a dialogue with them, records the notes,
 * marks it held or cancels it, and agrees actions owned by either of the two with due
 * dates; the employee comments and agrees, and marks their own actions done; the
 * supervisor marks any of its actions done or drops them. The employee, the supervisor,
 * those above, the unit's Admin OPD, Admin BKPSDM and Auditor read them; another agency's
 * dialogue is not found. Each write is one transaction, audited, at the version the
 * caller read.
 */
@Service
public class DialogueService {

	private final DialogueRepository dialogues;

	private final DialogueActionRepository actions;

	private final DialogueAccess access;

	DialogueService(DialogueRepository dialogues, DialogueActionRepository actions, DialogueAccess access) {
		this.dialogues = dialogues;
		this.actions = actions;
		this.access = access;
	}

	/**
	 * A dialogue as scheduled.
	 *
	 * @param employeeNip the subordinate
	 * @param scheduledAt when
	 * @param place where, or the channel
	 * @param agenda what it is about
	 * @param skpId the plan it is about, if any
	 * @param period the period it is about ({@code 2086-03}, {@code 2086-Q1}), if any
	 */
	public record ScheduleInput(@Nullable String employeeNip, @Nullable Instant scheduledAt, @Nullable String place,
			@Nullable String agenda, @Nullable Long skpId, @Nullable String period) {
	}

	/**
	 * An agreed action as entered.
	 *
	 * @param text what is to be done
	 * @param ownerNip who does it: the subordinate or the supervisor
	 * @param dueDate by when
	 */
	public record ActionInput(@Nullable String text, @Nullable String ownerNip, @Nullable LocalDate dueDate) {
	}

	/**
	 * An action as read, with its owner and whether it is overdue.
	 *
	 * @param action the action
	 * @param ownerNip the owner's NIP
	 * @param ownerName the owner's name
	 * @param overdue still open after its due date
	 * @param dialogueId the dialogue it was agreed in
	 */
	public record ActionItem(DialogueAction action, String ownerNip, String ownerName, boolean overdue,
			long dialogueId) {
	}

	/**
	 * A dialogue as read: the people, the actions and what the caller may do.
	 *
	 * @param dialogue the dialogue
	 * @param employeeNip the subordinate's NIP
	 * @param employeeName the subordinate's name
	 * @param supervisorNip the supervisor's NIP
	 * @param supervisorName the supervisor's name
	 * @param actions its agreed actions
	 * @param holder whether the caller holds it (may record notes and actions)
	 * @param employee whether the caller is its employee (may comment)
	 */
	public record DialogueDetails(Dialogue dialogue, String employeeNip, String employeeName, String supervisorNip,
			String supervisorName, List<ActionItem> actions, boolean holder, boolean employee) {
	}

	/** Schedule a dialogue with a subordinate; the caller holds it. */
	@Transactional
	public Dialogue schedule(ScheduleInput input) {
		Employee self = this.access.self();
		Employee employee = subordinate(self, input.employeeNip());
		Dialogue.Schedule schedule = checked(employee.getId(), input, true);
		return this.dialogues.save(Dialogue.schedule(self.getAgencyId(), employee.getId(), self.getId(), schedule));
	}

	/** Change the date, place and agenda of a dialogue not yet held (by its holder). */
	@Transactional
	public Dialogue reschedule(long dialogueId, ScheduleInput input, @Nullable Long expectedVersion) {
		Dialogue dialogue = held(dialogueId);
		dialogue.requireVersion(expectedVersion);
		requireStatus(dialogue, DialogueStatus.SCHEDULED);
		dialogue.reschedule(checked(dialogue.getEmployeeId(), input, true));
		return this.dialogues.save(dialogue);
	}

	/** Record the supervisor's notes of a dialogue not cancelled (by its holder). */
	@Transactional
	public Dialogue recordNotes(long dialogueId, @Nullable String notes, @Nullable Long expectedVersion) {
		Dialogue dialogue = held(dialogueId);
		dialogue.requireVersion(expectedVersion);
		requireNotCancelled(dialogue);
		dialogue.recordNotes(checkedNotes(notes));
		return this.dialogues.save(dialogue);
	}

	/** Mark a scheduled dialogue held, with its notes if given (by its holder). */
	@Transactional
	public Dialogue markHeld(long dialogueId, @Nullable String notes, @Nullable Long expectedVersion) {
		Dialogue dialogue = held(dialogueId);
		dialogue.requireVersion(expectedVersion);
		requireStatus(dialogue, DialogueStatus.SCHEDULED);
		dialogue.held(this.access.clock().instant(), checkedNotes(notes));
		return this.dialogues.save(dialogue);
	}

	/** Cancel a scheduled dialogue with the reason (by its holder). */
	@Transactional
	public Dialogue cancel(long dialogueId, @Nullable String reason, @Nullable Long expectedVersion) {
		Dialogue dialogue = held(dialogueId);
		dialogue.requireVersion(expectedVersion);
		requireStatus(dialogue, DialogueStatus.SCHEDULED);
		String text = blankToNull(reason);
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null) {
			problems.add(new FieldProblem("reason", "monitoring.dialogue.reason.required"));
		}
		checkLength(text, "reason", 1000, problems);
		reject(problems);
		dialogue.cancel(text);
		return this.dialogues.save(dialogue);
	}

	/**
	 * Comment on a dialogue and say whether one agrees with its record (by its employee).
	 */
	@Transactional
	public Dialogue comment(long dialogueId, @Nullable String comment, boolean agreed, @Nullable Long expectedVersion) {
		Dialogue dialogue = readable(dialogueId);
		if (!Long.valueOf(dialogue.getEmployeeId()).equals(this.access.actor().employeeId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.employee-only");
		}
		dialogue.requireVersion(expectedVersion);
		requireNotCancelled(dialogue);
		String text = blankToNull(comment);
		List<FieldProblem> problems = new ArrayList<>();
		checkLength(text, "comment", 2000, problems);
		reject(problems);
		dialogue.comment(text, agreed);
		return this.dialogues.save(dialogue);
	}

	/** Agree an action in a dialogue not cancelled (by its holder). */
	@Transactional
	public DialogueAction addAction(long dialogueId, ActionInput input) {
		Dialogue dialogue = held(dialogueId);
		requireNotCancelled(dialogue);
		Checked checked = checked(dialogue, input);
		return this.actions.save(DialogueAction.agree(dialogue, checked.text(), checked.ownerId(), checked.dueDate()));
	}

	/** Change an open action (by the dialogue's holder). */
	@Transactional
	public DialogueAction changeAction(long dialogueId, long actionId, ActionInput input,
			@Nullable Long expectedVersion) {
		Dialogue dialogue = held(dialogueId);
		DialogueAction action = actionOf(dialogue, actionId);
		action.requireVersion(expectedVersion);
		if (action.getStatus() != ActionStatus.OPEN) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.dialogue.action.closed");
		}
		Checked checked = checked(dialogue, input);
		action.change(checked.text(), checked.ownerId(), checked.dueDate());
		return this.actions.save(action);
	}

	/**
	 * Follow an open action up: done (by its owner or the dialogue's holder) or dropped
	 * (by the holder only), with a note; a dropped action needs the reason.
	 */
	@Transactional
	public DialogueAction followUp(long dialogueId, long actionId, @Nullable ActionStatus status, @Nullable String note,
			@Nullable Long expectedVersion) {
		Dialogue dialogue = readable(dialogueId);
		DialogueAction action = actionOf(dialogue, actionId);
		Long self = this.access.actor().employeeId();
		boolean holder = Long.valueOf(dialogue.getSupervisorId()).equals(self);
		boolean owner = Long.valueOf(action.getOwnerId()).equals(self);
		if (!holder && !(owner && status != ActionStatus.DROPPED)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.action.follow-up-denied");
		}
		action.requireVersion(expectedVersion);
		if (action.getStatus() != ActionStatus.OPEN) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.dialogue.action.closed");
		}
		String text = blankToNull(note);
		List<FieldProblem> problems = new ArrayList<>();
		if (status == null || status == ActionStatus.OPEN) {
			problems.add(new FieldProblem("status", "monitoring.dialogue.action.status.required"));
		}
		else if (status == ActionStatus.DROPPED && text == null) {
			problems.add(new FieldProblem("note", "monitoring.dialogue.action.note.required"));
		}
		checkLength(text, "note", 2000, problems);
		reject(problems);
		action.followUp(status, text, this.access.clock().instant());
		return this.actions.save(action);
	}

	/** Return a dialogue with its actions, for those who may read it. */
	@Transactional(readOnly = true)
	public DialogueDetails dialogue(long dialogueId) {
		return details(readable(dialogueId));
	}

	/** List an employee's dialogues (newest first), for those who may read them. */
	@Transactional(readOnly = true)
	public List<Dialogue> dialoguesOf(String nip) {
		Employee employee = this.access.inAgency(nip);
		if (!this.access.mayRead(employee.getAgencyId(), employee.getId(), -1)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.denied");
		}
		return this.dialogues.findByEmployeeIdOrderByScheduledAtDesc(employee.getId());
	}

	/** List the caller's dialogues, as employee and as supervisor (newest first). */
	@Transactional(readOnly = true)
	public List<Dialogue> mine() {
		Employee self = this.access.self();
		List<Dialogue> all = new ArrayList<>(this.dialogues.findByEmployeeIdOrderByScheduledAtDesc(self.getId()));
		all.addAll(this.dialogues.findBySupervisorIdOrderByScheduledAtDesc(self.getId()));
		all.sort(Comparator.comparing(Dialogue::getScheduledAt).reversed());
		return all;
	}

	/**
	 * List the open actions the caller owns, soonest due first, with whether each is
	 * overdue.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> myOpenActions() {
		Employee self = this.access.self();
		LocalDate today = this.access.today();
		return this.actions.findByOwnerIdAndStatusOrderByDueDateAscIdAsc(self.getId(), ActionStatus.OPEN)
			.stream()
			.filter((action) -> this.dialogues.findById(action.getDialogueId())
				.map((dialogue) -> dialogue.getStatus() != DialogueStatus.CANCELLED)
				.orElse(false))
			.map((action) -> new ActionItem(action, self.getNip(), self.getFullName(), action.isOverdue(today),
					action.getDialogueId()))
			.toList();
	}

	/**
	 * List the open actions of an employee's dialogues, for those who may read them.
	 */
	@Transactional(readOnly = true)
	public List<ActionItem> openActionsOf(String nip) {
		List<ActionItem> open = new ArrayList<>();
		for (Dialogue dialogue : dialoguesOf(nip)) {
			if (dialogue.getStatus() != DialogueStatus.CANCELLED) {
				details(dialogue).actions()
					.stream()
					.filter((item) -> item.action().getStatus() == ActionStatus.OPEN)
					.forEach(open::add);
			}
		}
		open.sort(Comparator.comparing((ActionItem item) -> item.action().getDueDate()));
		return open;
	}

	/** Return the names of people by id, for lists. */
	@Transactional(readOnly = true)
	public Map<Long, String> names(List<Dialogue> list) {
		Map<Long, String> names = new HashMap<>();
		for (Dialogue dialogue : list) {
			names.computeIfAbsent(dialogue.getEmployeeId(), (id) -> this.access.byId(id).getFullName());
			names.computeIfAbsent(dialogue.getSupervisorId(), (id) -> this.access.byId(id).getFullName());
		}
		return names;
	}

	/** Return the caller's direct subordinates today, by NIP with their names. */
	@Transactional(readOnly = true)
	public Map<String, String> subordinates() {
		Map<String, String> choices = new LinkedHashMap<>();
		this.access.subordinatesOfSelf().forEach((employee) -> choices.put(employee.getNip(), employee.getFullName()));
		return choices;
	}

	/**
	 * Seed a demo dialogue or two and an open action between the supervisor and the
	 * employee, without a signed-in user (the demo seeder calls it): one dialogue held a
	 * week ago with notes and two actions (one overdue), and one scheduled in a week.
	 * Writes through the repositories, so the audit trail records it as the system.
	 */
	@Transactional
	public List<Dialogue> seedDemo(long agencyId, long supervisorId, long employeeId, LocalDate today) {
		Instant lastWeek = today.minusDays(7).atTime(LocalTime.of(9, 0)).atZone(this.access.zone()).toInstant();
		Dialogue held = Dialogue.schedule(agencyId, employeeId, supervisorId, new Dialogue.Schedule(lastWeek,
				"Ruang rapat bidang", "Capaian kinerja bulan lalu dan kendala yang dihadapi", null, null));
		held.held(lastWeek, "Capaian sesuai target kecuali laporan analisis yang terlambat karena data belum lengkap.");
		held = this.dialogues.save(held);
		this.actions
			.save(DialogueAction.agree(held, "Melengkapi data laporan analisis", employeeId, today.minusDays(2)));
		this.actions.save(DialogueAction.agree(held, "Mengirim format laporan baru", supervisorId, today.plusDays(7)));
		Instant nextWeek = today.plusDays(7).atTime(LocalTime.of(10, 0)).atZone(this.access.zone()).toInstant();
		Dialogue next = this.dialogues
			.save(Dialogue.schedule(agencyId, employeeId, supervisorId, new Dialogue.Schedule(nextWeek,
					"Daring (video)", "Tindak lanjut kesepakatan dialog sebelumnya", null, null)));
		return List.of(held, next);
	}

	private DialogueDetails details(Dialogue dialogue) {
		Employee employee = this.access.byId(dialogue.getEmployeeId());
		Employee supervisor = this.access.byId(dialogue.getSupervisorId());
		LocalDate today = this.access.today();
		List<ActionItem> items = this.actions.findByDialogueIdOrderByDueDateAscIdAsc(dialogue.getId())
			.stream()
			.map((action) -> {
				Employee owner = (action.getOwnerId() == employee.getId()) ? employee : supervisor;
				return new ActionItem(action, owner.getNip(), owner.getFullName(), action.isOverdue(today),
						dialogue.getId());
			})
			.toList();
		Long self = Actor.current().map(Actor::employeeId).orElse(null);
		return new DialogueDetails(dialogue, employee.getNip(), employee.getFullName(), supervisor.getNip(),
				supervisor.getFullName(), items, Long.valueOf(dialogue.getSupervisorId()).equals(self),
				Long.valueOf(dialogue.getEmployeeId()).equals(self));
	}

	private Employee subordinate(Employee self, @Nullable String nip) {
		if (nip == null || nip.isBlank()) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("employeeNip", "monitoring.dialogue.employee.required")));
		}
		Employee employee = this.access.inAgency(nip);
		if (!this.access.isAbove(self.getId(), employee.getId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.not-above", employee.getFullName());
		}
		return employee;
	}

	private Dialogue.Schedule checked(long employeeId, ScheduleInput input, boolean future) {
		List<FieldProblem> problems = new ArrayList<>();
		Instant at = input.scheduledAt();
		if (at == null) {
			problems.add(new FieldProblem("scheduledAt", "monitoring.dialogue.scheduled.required"));
		}
		else if (future && at.isBefore(this.access.clock().instant())) {
			problems.add(new FieldProblem("scheduledAt", "monitoring.dialogue.scheduled.past"));
		}
		String agenda = blankToNull(input.agenda());
		if (agenda == null) {
			problems.add(new FieldProblem("agenda", "monitoring.dialogue.agenda.required"));
		}
		checkLength(agenda, "agenda", 2000, problems);
		String place = blankToNull(input.place());
		checkLength(place, "place", 200, problems);
		String period = blankToNull(input.period());
		this.access.checkPlan(employeeId, input.skpId(), period, problems);
		reject(problems);
		return new Dialogue.Schedule(at, place, agenda, input.skpId(), period);
	}

	private record Checked(String text, long ownerId, LocalDate dueDate) {
	}

	private Checked checked(Dialogue dialogue, ActionInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		String text = blankToNull(input.text());
		if (text == null) {
			problems.add(new FieldProblem("text", "monitoring.dialogue.action.text.required"));
		}
		checkLength(text, "text", 1000, problems);
		Long ownerId = null;
		if (blankToNull(input.ownerNip()) == null) {
			problems.add(new FieldProblem("ownerNip", "monitoring.dialogue.action.owner.required"));
		}
		else {
			Employee owner = this.access.byNip(dialogue.getAgencyId(), input.ownerNip());
			if (owner == null
					|| (owner.getId() != dialogue.getEmployeeId() && owner.getId() != dialogue.getSupervisorId())) {
				problems.add(new FieldProblem("ownerNip", "monitoring.dialogue.action.owner.outside"));
			}
			else {
				ownerId = owner.getId();
			}
		}
		LocalDate due = input.dueDate();
		LocalDate day = dialogue.getScheduledAt().atZone(this.access.zone()).toLocalDate();
		if (due == null) {
			problems.add(new FieldProblem("dueDate", "monitoring.dialogue.action.due.required"));
		}
		else if (due.isBefore(day)) {
			problems.add(new FieldProblem("dueDate", "monitoring.dialogue.action.due.before", day));
		}
		reject(problems);
		return new Checked(text, ownerId, due);
	}

	private static @Nullable String checkedNotes(@Nullable String notes) {
		String text = blankToNull(notes);
		List<FieldProblem> problems = new ArrayList<>();
		checkLength(text, "notes", 8000, problems);
		reject(problems);
		return text;
	}

	private Dialogue readable(long dialogueId) {
		Dialogue dialogue = this.dialogues.findById(dialogueId)
			.filter((found) -> found.getAgencyId() == this.access.actor().agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.dialogue.not-found"));
		if (!this.access.mayRead(dialogue.getAgencyId(), dialogue.getEmployeeId(), dialogue.getSupervisorId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.denied");
		}
		return dialogue;
	}

	private Dialogue held(long dialogueId) {
		Dialogue dialogue = readable(dialogueId);
		if (!Long.valueOf(dialogue.getSupervisorId()).equals(this.access.actor().employeeId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.supervisor-only");
		}
		return dialogue;
	}

	private DialogueAction actionOf(Dialogue dialogue, long actionId) {
		return this.actions.findById(actionId)
			.filter((action) -> action.getDialogueId() == dialogue.getId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.dialogue.action.not-found"));
	}

	private static void requireStatus(Dialogue dialogue, DialogueStatus status) {
		if (dialogue.getStatus() != status) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.dialogue.status." + dialogue.getStatus());
		}
	}

	private static void requireNotCancelled(Dialogue dialogue) {
		if (dialogue.getStatus() == DialogueStatus.CANCELLED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.dialogue.status.CANCELLED");
		}
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
	}

}
