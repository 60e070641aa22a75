package id.kinerja.monitoring.dialogue;

import java.time.Instant;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A performance dialogue (dialog kinerja) that a supervisor holds with a subordinate:
 * when and where, the agenda, optionally the plan and period it is about; once held, the
 * supervisor's notes and the employee's comment and agreement.
 */
@Table("dialogue")
public class Dialogue extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long employeeId;

	private final long supervisorId;

	private @Nullable Long skpId;

	private @Nullable String periodCode;

	private Instant scheduledAt;

	private @Nullable String place;

	private String agenda;

	private DialogueStatus status;

	private @Nullable String notes;

	private @Nullable String employeeComment;

	private boolean employeeAgreed;

	private @Nullable Instant heldAt;

	private @Nullable String cancelReason;

	@PersistenceCreator
	Dialogue(long agencyId, long employeeId, long supervisorId, @Nullable Long skpId, @Nullable String periodCode,
			Instant scheduledAt, @Nullable String place, String agenda, DialogueStatus status, @Nullable String notes,
			@Nullable String employeeComment, boolean employeeAgreed, @Nullable Instant heldAt,
			@Nullable String cancelReason) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.supervisorId = supervisorId;
		this.skpId = skpId;
		this.periodCode = periodCode;
		this.scheduledAt = scheduledAt;
		this.place = place;
		this.agenda = agenda;
		this.status = status;
		this.notes = notes;
		this.employeeComment = employeeComment;
		this.employeeAgreed = employeeAgreed;
		this.heldAt = heldAt;
		this.cancelReason = cancelReason;
	}

	static Dialogue schedule(long agencyId, long employeeId, long supervisorId, Schedule schedule) {
		return new Dialogue(agencyId, employeeId, supervisorId, schedule.skpId(), schedule.periodCode(),
				schedule.scheduledAt(), schedule.place(), schedule.agenda(), DialogueStatus.SCHEDULED, null, null,
				false, null, null);
	}

	/**
	 * When, where and what a dialogue is about.
	 *
	 * @param scheduledAt when
	 * @param place where, or the channel (a video call)
	 * @param agenda what
	 * @param skpId the plan it is about
	 * @param periodCode the period it is about
	 */
	record Schedule(Instant scheduledAt, @Nullable String place, String agenda, @Nullable Long skpId,
			@Nullable String periodCode) {
	}

	void reschedule(Schedule schedule) {
		this.scheduledAt = schedule.scheduledAt();
		this.place = schedule.place();
		this.agenda = schedule.agenda();
		this.skpId = schedule.skpId();
		this.periodCode = schedule.periodCode();
	}

	void recordNotes(@Nullable String notes) {
		this.notes = notes;
	}

	void held(Instant at, @Nullable String notes) {
		this.status = DialogueStatus.HELD;
		this.heldAt = at;
		if (notes != null) {
			this.notes = notes;
		}
	}

	void cancel(String reason) {
		this.status = DialogueStatus.CANCELLED;
		this.cancelReason = reason;
	}

	void comment(@Nullable String comment, boolean agreed) {
		this.employeeComment = comment;
		this.employeeAgreed = agreed;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public long getSupervisorId() {
		return this.supervisorId;
	}

	public @Nullable Long getSkpId() {
		return this.skpId;
	}

	public @Nullable String getPeriodCode() {
		return this.periodCode;
	}

	public Instant getScheduledAt() {
		return this.scheduledAt;
	}

	public @Nullable String getPlace() {
		return this.place;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public DialogueStatus getStatus() {
		return this.status;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public @Nullable String getEmployeeComment() {
		return this.employeeComment;
	}

	public boolean isEmployeeAgreed() {
		return this.employeeAgreed;
	}

	public @Nullable Instant getHeldAt() {
		return this.heldAt;
	}

	public @Nullable String getCancelReason() {
		return this.cancelReason;
	}

}
