package id.kinerja.employee;

import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** An employee holding a post from a date to a date (open-ended when still held). */
@Table("assignment")
public class Assignment extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long employeeId;

	private final long positionId;

	private final AssignmentKind kind;

	private final LocalDate startDate;

	private @Nullable LocalDate endDate;

	private @Nullable String note;

	@PersistenceCreator
	Assignment(long agencyId, long employeeId, long positionId, AssignmentKind kind, LocalDate startDate,
			@Nullable LocalDate endDate, @Nullable String note) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.positionId = positionId;
		this.kind = kind;
		this.startDate = startDate;
		this.endDate = endDate;
		this.note = note;
	}

	static Assignment start(long agencyId, long employeeId, long positionId, AssignmentKind kind, LocalDate from,
			@Nullable LocalDate to, @Nullable String note) {
		return new Assignment(agencyId, employeeId, positionId, kind, from, to, note);
	}

	void end(LocalDate on) {
		this.endDate = on;
	}

	/** Whether the assignment is in force on the date. */
	public boolean covers(LocalDate date) {
		return !this.startDate.isAfter(date) && (this.endDate == null || !this.endDate.isBefore(date));
	}

	/**
	 * Whether this assignment's period overlaps the given one (an open end runs forever).
	 */
	public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
		boolean startsBeforeOtherEnds = to == null || !this.startDate.isAfter(to);
		boolean endsAfterOtherStarts = this.endDate == null || !this.endDate.isBefore(from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public long getPositionId() {
		return this.positionId;
	}

	public AssignmentKind getKind() {
		return this.kind;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	public @Nullable String getNote() {
		return this.note;
	}

}
