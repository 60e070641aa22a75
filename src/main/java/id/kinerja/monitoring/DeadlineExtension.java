package id.kinerja.monitoring;

import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A later realisation deadline for a unit (and the units below it) and one period,
 * granted by an admin with the reason; revoked rather than deleted.
 */
@Table("deadline_extension")
public class DeadlineExtension extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long unitId;

	private final String periodCode;

	private final LocalDate newDeadline;

	private final String reason;

	private boolean revoked;

	@PersistenceCreator
	DeadlineExtension(long agencyId, long unitId, String periodCode, LocalDate newDeadline, String reason,
			boolean revoked) {
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.periodCode = periodCode;
		this.newDeadline = newDeadline;
		this.reason = reason;
		this.revoked = revoked;
	}

	static DeadlineExtension grant(long agencyId, long unitId, String periodCode, LocalDate newDeadline,
			String reason) {
		return new DeadlineExtension(agencyId, unitId, periodCode, newDeadline, reason, false);
	}

	void revoke() {
		this.revoked = true;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getPeriodCode() {
		return this.periodCode;
	}

	public LocalDate getNewDeadline() {
		return this.newDeadline;
	}

	public String getReason() {
		return this.reason;
	}

	public boolean isRevoked() {
		return this.revoked;
	}

}
