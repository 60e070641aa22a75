package id.kinerja.evaluation;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The predikat kinerja organisasi of a unit for a year, set by the leader above the unit
 * or by Admin BKPSDM.
 */
@Table("organisation_result")
public class OrganisationResult extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long unitId;

	private final int resultYear;

	private OrganisationPredikat predikat;

	private @Nullable String note;

	private @Nullable Long setById;

	@PersistenceCreator
	OrganisationResult(long agencyId, long unitId, int resultYear, OrganisationPredikat predikat, @Nullable String note,
			@Nullable Long setById) {
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.resultYear = resultYear;
		this.predikat = predikat;
		this.note = note;
		this.setById = setById;
	}

	static OrganisationResult of(long agencyId, long unitId, int year, OrganisationPredikat predikat,
			@Nullable String note, @Nullable Long setById) {
		return new OrganisationResult(agencyId, unitId, year, predikat, note, setById);
	}

	void change(OrganisationPredikat predikat, @Nullable String note, @Nullable Long setById) {
		this.predikat = predikat;
		this.note = note;
		this.setById = setById;
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

	public OrganisationPredikat getPredikat() {
		return this.predikat;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public @Nullable Long getSetById() {
		return this.setById;
	}

}
