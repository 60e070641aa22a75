package id.kinerja.agency;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation unit (unit kerja) in an agency's tree: OPD, bidang, seksi and so on.
 */
@Table("unit")
public class Unit extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final String code;

	private String name;

	private @Nullable String abbreviation;

	private @Nullable Long parentId;

	@PersistenceCreator
	Unit(long agencyId, String code, String name, @Nullable String abbreviation, @Nullable Long parentId) {
		this.agencyId = agencyId;
		this.code = code;
		this.name = name;
		this.abbreviation = abbreviation;
		this.parentId = parentId;
	}

	/** Start a new unit under the given parent (null for a top-level unit). */
	public static Unit create(long agencyId, String code, String name, @Nullable String abbreviation,
			@Nullable Long parentId) {
		return new Unit(agencyId, code, name, abbreviation, parentId);
	}

	/** Give the unit a new name and abbreviation. */
	public void rename(String newName, @Nullable String newAbbreviation) {
		this.name = newName;
		this.abbreviation = newAbbreviation;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getAbbreviation() {
		return this.abbreviation;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

}
