package id.kinerja.evaluation;

import java.time.Instant;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The annual finalisation of a unit: who finalised it and when, how many evaluations it
 * locked, and whether the distribution curve fitted at that moment (it may not, when the
 * agency enforces the curve as a warning).
 */
@Table("unit_finalisation")
public class UnitFinalisation extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long unitId;

	private final int resultYear;

	private final Instant finalisedAt;

	private final String finalisedBy;

	private final int evaluations;

	private final boolean curveFits;

	private final @Nullable String summary;

	@PersistenceCreator
	UnitFinalisation(long agencyId, long unitId, int resultYear, Instant finalisedAt, String finalisedBy,
			int evaluations, boolean curveFits, @Nullable String summary) {
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.resultYear = resultYear;
		this.finalisedAt = finalisedAt;
		this.finalisedBy = finalisedBy;
		this.evaluations = evaluations;
		this.curveFits = curveFits;
		this.summary = summary;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public int getResultYear() {
		return this.resultYear;
	}

	public Instant getFinalisedAt() {
		return this.finalisedAt;
	}

	public String getFinalisedBy() {
		return this.finalisedBy;
	}

	public int getEvaluations() {
		return this.evaluations;
	}

	public boolean isCurveFits() {
		return this.curveFits;
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

}
