package id.kinerja.agency;

import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A post (jabatan) in a unit, reporting to another post. Several posts may share a name
 * (three "Analis SDM Aparatur Ahli Pertama" are three posts); a post may be vacant.
 */
@Table("job_position")
public class Position extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private long unitId;

	private String name;

	private PositionType positionType;

	private @Nullable Jenjang jenjang;

	private @Nullable Long reportsToId;

	private boolean headsUnit;

	private @Nullable LocalDate closedOn;

	private @Nullable String closedReason;

	@PersistenceCreator
	Position(long agencyId, long unitId, String name, PositionType positionType, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit, @Nullable LocalDate closedOn,
			@Nullable String closedReason) {
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.name = name;
		this.positionType = positionType;
		this.jenjang = jenjang;
		this.reportsToId = reportsToId;
		this.headsUnit = headsUnit;
		this.closedOn = closedOn;
		this.closedReason = closedReason;
	}

	/** Start a new post. */
	public static Position create(long agencyId, long unitId, String name, PositionType type, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit) {
		return new Position(agencyId, unitId, name, type, jenjang, reportsToId, headsUnit, null, null);
	}

	/** Change what the post is and where it sits; the caller has checked the tree. */
	public void redefine(long newUnitId, String newName, PositionType newType, @Nullable Jenjang newJenjang,
			@Nullable Long newReportsToId, boolean newHeadsUnit) {
		this.unitId = newUnitId;
		this.name = newName;
		this.positionType = newType;
		this.jenjang = newJenjang;
		this.reportsToId = newReportsToId;
		this.headsUnit = newHeadsUnit;
	}

	/** Close the post on a date with a reason; the caller has checked it may. */
	void close(LocalDate on, String reason) {
		this.closedOn = on;
		this.closedReason = reason;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getName() {
		return this.name;
	}

	public PositionType getPositionType() {
		return this.positionType;
	}

	public @Nullable Jenjang getJenjang() {
		return this.jenjang;
	}

	public @Nullable Long getReportsToId() {
		return this.reportsToId;
	}

	public boolean isHeadsUnit() {
		return this.headsUnit;
	}

	public @Nullable LocalDate getClosedOn() {
		return this.closedOn;
	}

	public @Nullable String getClosedReason() {
		return this.closedReason;
	}

	/** Whether the post is closed (kept for history). */
	public boolean isClosed() {
		return this.closedOn != null;
	}

}
