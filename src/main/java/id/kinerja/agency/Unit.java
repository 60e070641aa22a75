package id.kinerja.agency;

import java.time.LocalDate;

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

	private String path;

	private @Nullable LocalDate closedOn;

	private @Nullable String closedReason;

	@PersistenceCreator
	Unit(long agencyId, String code, String name, @Nullable String abbreviation, @Nullable Long parentId,
			@Nullable String path, @Nullable LocalDate closedOn, @Nullable String closedReason) {
		this.agencyId = agencyId;
		this.code = code;
		this.name = name;
		this.abbreviation = abbreviation;
		this.parentId = parentId;
		this.path = (path != null) ? path : "/" + code + "/";
		this.closedOn = closedOn;
		this.closedReason = closedReason;
	}

	/**
	 * Start a new unit under the given parent (null for a top-level unit). Prefer
	 * {@link UnitService#create}, which checks the code and the parent.
	 */
	public static Unit create(long agencyId, String code, String name, @Nullable String abbreviation,
			@Nullable Unit parent) {
		Unit unit = new Unit(agencyId, code, name, abbreviation, (parent != null) ? parent.getId() : null, null, null,
				null);
		unit.path = ((parent != null) ? parent.getPath() : "/") + code + "/";
		return unit;
	}

	void moveUnder(@Nullable Unit parent) {
		this.parentId = (parent != null) ? parent.getId() : null;
		this.path = ((parent != null) ? parent.getPath() : "/") + this.code + "/";
	}

	void close(LocalDate on, String reason) {
		this.closedOn = on;
		this.closedReason = reason;
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

	/**
	 * Return the codes from the top of the tree down to this unit, as {@code /A/A.1/}.
	 */
	public String getPath() {
		return this.path;
	}

	public @Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	public @Nullable String getClosedReason() {
		return this.closedReason;
	}

	/** Whether the unit is closed (kept for history). */
	public boolean isClosed() {
		return this.closedOn != null;
	}

}
