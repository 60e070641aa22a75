package id.kinerja.employee;

import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An explicit reporting line where the real one differs from the post tree: during the
 * period, the employee's direct supervisor is {@code supervisorId} (or the agency's
 * regional head when null).
 */
@Table("reporting_override")
public class ReportingOverride extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long employeeId;

	private final @Nullable Long supervisorId;

	private final LocalDate startDate;

	private @Nullable LocalDate endDate;

	private final String reason;

	@PersistenceCreator
	ReportingOverride(long agencyId, long employeeId, @Nullable Long supervisorId, LocalDate startDate,
			@Nullable LocalDate endDate, String reason) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.supervisorId = supervisorId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.reason = reason;
	}

	static ReportingOverride of(long agencyId, long employeeId, @Nullable Long supervisorId, LocalDate from,
			@Nullable LocalDate to, String reason) {
		return new ReportingOverride(agencyId, employeeId, supervisorId, from, to, reason);
	}

	/** End the override on its last day; the caller has checked the date. */
	void end(LocalDate lastDay) {
		this.endDate = lastDay;
	}

	/** Whether the override is in force on the day. */
	public boolean covers(LocalDate day) {
		return !this.startDate.isAfter(day) && (this.endDate == null || !this.endDate.isBefore(day));
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public @Nullable Long getSupervisorId() {
		return this.supervisorId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public @Nullable LocalDate getEndDate() {
		return this.endDate;
	}

	public String getReason() {
		return this.reason;
	}

}
