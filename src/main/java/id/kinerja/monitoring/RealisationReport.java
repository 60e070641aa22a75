package id.kinerja.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The realisation of one SKP for one period, as a whole: written indicator by indicator,
 * submitted once complete, then acknowledged by the pejabat penilai or returned with a
 * request for more. The time the submission was made is kept, and whether it came after
 * the standard deadline (possible only within an extension).
 */
@Table("realisation_report")
public class RealisationReport extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long skpId;

	private final long employeeId;

	private final String periodCode;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private ReportStatus status;

	private @Nullable Instant submittedAt;

	private boolean submittedLate;

	private @Nullable Instant decidedAt;

	private @Nullable Long decidedById;

	private @Nullable String returnNote;

	@PersistenceCreator
	RealisationReport(long agencyId, long skpId, long employeeId, String periodCode, LocalDate periodStart,
			LocalDate periodEnd, ReportStatus status, @Nullable Instant submittedAt, boolean submittedLate,
			@Nullable Instant decidedAt, @Nullable Long decidedById, @Nullable String returnNote) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.employeeId = employeeId;
		this.periodCode = periodCode;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.status = status;
		this.submittedAt = submittedAt;
		this.submittedLate = submittedLate;
		this.decidedAt = decidedAt;
		this.decidedById = decidedById;
		this.returnNote = returnNote;
	}

	static RealisationReport open(long agencyId, long skpId, long employeeId, ReportingPeriod period) {
		return new RealisationReport(agencyId, skpId, employeeId, period.code(), period.start(), period.end(),
				ReportStatus.DRAFT, null, false, null, null, null);
	}

	void submit(Instant madeAt, boolean late) {
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = madeAt;
		this.submittedLate = late;
	}

	void acknowledge(Instant at, long byEmployeeId) {
		this.status = ReportStatus.ACKNOWLEDGED;
		this.decidedAt = at;
		this.decidedById = byEmployeeId;
	}

	void giveBack(Instant at, @Nullable Long byEmployeeId, String note) {
		this.status = ReportStatus.RETURNED;
		this.decidedAt = at;
		this.decidedById = byEmployeeId;
		this.returnNote = note;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSkpId() {
		return this.skpId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public String getPeriodCode() {
		return this.periodCode;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public @Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public boolean isSubmittedLate() {
		return this.submittedLate;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable Long getDecidedById() {
		return this.decidedById;
	}

	public @Nullable String getReturnNote() {
		return this.returnNote;
	}

}
