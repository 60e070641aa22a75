package id.kinerja.monitoring.dialogue;

import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A coaching, mentoring or counselling (konseling) session a coach (one above the
 * employee in the line) holds for an employee: the date, the issues, the actions agreed
 * and how they are followed up; optionally the plan and period it is about.
 */
@Table("coaching_session")
public class CoachingSession extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long employeeId;

	private final long coachId;

	private @Nullable Long skpId;

	private @Nullable String periodCode;

	private CoachingKind kind;

	private LocalDate sessionDate;

	private String issues;

	private @Nullable String agreedActions;

	private @Nullable String followUp;

	private DialogueStatus status;

	@PersistenceCreator
	CoachingSession(long agencyId, long employeeId, long coachId, @Nullable Long skpId, @Nullable String periodCode,
			CoachingKind kind, LocalDate sessionDate, String issues, @Nullable String agreedActions,
			@Nullable String followUp, DialogueStatus status) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.coachId = coachId;
		this.skpId = skpId;
		this.periodCode = periodCode;
		this.kind = kind;
		this.sessionDate = sessionDate;
		this.issues = issues;
		this.agreedActions = agreedActions;
		this.followUp = followUp;
		this.status = status;
	}

	/**
	 * What a session record holds.
	 *
	 * @param kind coaching, mentoring or konseling
	 * @param sessionDate the day
	 * @param issues the issues discussed
	 * @param agreedActions the actions agreed
	 * @param followUp how they are followed up
	 * @param skpId the plan it is about
	 * @param periodCode the period it is about
	 */
	record Record(CoachingKind kind, LocalDate sessionDate, String issues, @Nullable String agreedActions,
			@Nullable String followUp, @Nullable Long skpId, @Nullable String periodCode) {
	}

	static CoachingSession of(long agencyId, long employeeId, long coachId, Record record, boolean held) {
		return new CoachingSession(agencyId, employeeId, coachId, record.skpId(), record.periodCode(), record.kind(),
				record.sessionDate(), record.issues(), record.agreedActions(), record.followUp(),
				held ? DialogueStatus.HELD : DialogueStatus.SCHEDULED);
	}

	void change(Record record) {
		this.kind = record.kind();
		this.sessionDate = record.sessionDate();
		this.issues = record.issues();
		this.agreedActions = record.agreedActions();
		this.followUp = record.followUp();
		this.skpId = record.skpId();
		this.periodCode = record.periodCode();
	}

	void held() {
		this.status = DialogueStatus.HELD;
	}

	void cancel() {
		this.status = DialogueStatus.CANCELLED;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public long getCoachId() {
		return this.coachId;
	}

	public @Nullable Long getSkpId() {
		return this.skpId;
	}

	public @Nullable String getPeriodCode() {
		return this.periodCode;
	}

	public CoachingKind getKind() {
		return this.kind;
	}

	public LocalDate getSessionDate() {
		return this.sessionDate;
	}

	public String getIssues() {
		return this.issues;
	}

	public @Nullable String getAgreedActions() {
		return this.agreedActions;
	}

	public @Nullable String getFollowUp() {
		return this.followUp;
	}

	public DialogueStatus getStatus() {
		return this.status;
	}

}
