package id.kinerja.agency;

import java.time.LocalDate;

import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the current actor's agency structure (units and posts) on behalf of a person or
 * client: checks through {@link StructureAccess} that the actor may change the units
 * concerned, that an edit was made to the current version, then hands over to
 * {@link UnitService} and {@link PositionService}. Each method is one transaction:
 * nothing is half-written. Rejects a closed unit as a new home, a second head post in a
 * unit, and a post of another agency (403).
 */
@Service
public class StructureService {

	private final StructureAccess access;

	private final UnitService unitService;

	private final UnitRepository units;

	private final PositionService positionService;

	private final PositionRepository positions;

	private final PostHolders holders;

	StructureService(StructureAccess access, UnitService unitService, UnitRepository units,
			PositionService positionService, PositionRepository positions, PostHolders holders) {
		this.access = access;
		this.unitService = unitService;
		this.units = units;
		this.positionService = positionService;
		this.positions = positions;
		this.holders = holders;
	}

	/**
	 * Create a unit under the parent with the code, or at the top (Admin BKPSDM only)
	 * when null.
	 */
	@Transactional
	public Unit createUnit(String code, String name, @Nullable String abbreviation, @Nullable String parentCode) {
		Actor actor = this.access.actor();
		if (parentCode == null) {
			this.access.requireMayChangeWholeAgency();
		}
		else {
			Unit parent = this.unitService.require(actor.agencyId(), parentCode);
			this.access.requireMayChange(parent);
			requireOpen(parent);
		}
		return this.unitService.create(actor.agencyId(), code.strip(), name.strip(), blankToNull(abbreviation),
				parentCode);
	}

	/** Give a unit a new name and abbreviation. */
	@Transactional
	public Unit renameUnit(String code, String name, @Nullable String abbreviation, @Nullable Long expectedVersion) {
		Unit unit = changeableUnit(code, expectedVersion);
		unit.rename(name.strip(), blankToNull(abbreviation));
		return this.units.save(unit);
	}

	/**
	 * Move a unit with its subtree under another parent, or to the top (Admin BKPSDM
	 * only) when null.
	 */
	@Transactional
	public Unit moveUnit(String code, @Nullable String newParentCode, @Nullable Long expectedVersion) {
		Unit unit = changeableUnit(code, expectedVersion);
		if (newParentCode == null) {
			this.access.requireMayChangeWholeAgency();
		}
		else {
			Unit parent = this.unitService.require(unit.getAgencyId(), newParentCode);
			this.access.requireMayChange(parent);
			requireOpen(parent);
		}
		return this.unitService.move(unit.getAgencyId(), code, newParentCode);
	}

	/** Close a unit on a date with a reason, keeping it for history. */
	@Transactional
	public Unit closeUnit(String code, LocalDate on, String reason, @Nullable Long expectedVersion) {
		Unit unit = changeableUnit(code, expectedVersion);
		if (unit.isClosed()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.unit.closed", code);
		}
		return this.unitService.close(unit.getAgencyId(), code, on, reason.strip());
	}

	/** Create a post in the unit with the code. */
	@Transactional
	public Position createPosition(String unitCode, String name, PositionType type, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit) {
		Actor actor = this.access.actor();
		Unit unit = this.unitService.require(actor.agencyId(), unitCode);
		this.access.requireMayChange(unit);
		requireOpen(unit);
		if (headsUnit) {
			requireNoOtherHead(unit, null);
		}
		return this.positionService.create(actor.agencyId(), unit.getId(), name.strip(), type, jenjang, reportsToId,
				headsUnit);
	}

	/**
	 * Change a post: its unit (both the old and the new one must be the actor's), name,
	 * type, level, the post it reports to and whether it heads its unit.
	 */
	@Transactional
	public Position redefinePosition(long positionId, String unitCode, String name, PositionType type,
			@Nullable Jenjang jenjang, @Nullable Long reportsToId, boolean headsUnit, @Nullable Long expectedVersion) {
		Position position = requirePosition(positionId);
		this.access.requireMayChangeUnit(position.getUnitId());
		position.requireVersion(expectedVersion);
		requireOpen(position);
		Unit unit = this.unitService.require(position.getAgencyId(), unitCode);
		this.access.requireMayChange(unit);
		if (unit.getId() != position.getUnitId()) {
			requireOpen(unit);
		}
		if (headsUnit) {
			requireNoOtherHead(unit, positionId);
		}
		return this.positionService.redefine(position.getAgencyId(), positionId, unit.getId(), name.strip(), type,
				jenjang, reportsToId, headsUnit);
	}

	/**
	 * Close a post on a date with a reason, keeping it for history. Refuses a post that
	 * someone still holds (definitive, Plt or Plh) on that date or later, and a post that
	 * open posts still report to.
	 */
	@Transactional
	public Position closePosition(long positionId, LocalDate on, String reason, @Nullable Long expectedVersion) {
		Position position = requirePosition(positionId);
		this.access.requireMayChangeUnit(position.getUnitId());
		position.requireVersion(expectedVersion);
		requireOpen(position);
		if (reason.isBlank()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.form.reason.required");
		}
		long reporting = this.positions.findByReportsToId(positionId).stream().filter((p) -> !p.isClosed()).count();
		if (reporting > 0) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.position.close.reports", position.getName(),
					reporting);
		}
		if (this.holders.heldOnOrAfter(positionId, on)) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.position.close.held", position.getName());
		}
		position.close(on, reason.strip());
		return this.positions.save(position);
	}

	/**
	 * Return a post of the actor's agency; refuse with 403 when it belongs to another
	 * agency, with 404 when there is none.
	 */
	public Position requirePosition(long positionId) {
		Actor actor = this.access.actor();
		Position position = this.positions.findById(positionId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.position.not-found", positionId));
		if (position.getAgencyId() != actor.agencyId()) {
			throw StructureAccess.denied();
		}
		return position;
	}

	private Unit changeableUnit(String code, @Nullable Long expectedVersion) {
		Unit unit = this.unitService.require(this.access.actor().agencyId(), code);
		this.access.requireMayChange(unit);
		unit.requireVersion(expectedVersion);
		return unit;
	}

	private void requireNoOtherHead(Unit unit, @Nullable Long positionId) {
		this.positions.findByUnitId(unit.getId())
			.stream()
			.filter((other) -> other.isHeadsUnit() && other.getClosedOn() == null)
			.filter((other) -> !other.getId().equals(positionId))
			.findFirst()
			.ifPresent((other) -> {
				throw new KinerjaException(HttpStatus.CONFLICT, "agency.position.head.taken", unit.getName(),
						other.getName());
			});
	}

	private static void requireOpen(Position position) {
		if (position.isClosed()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.position.closed", position.getName());
		}
	}

	private static void requireOpen(Unit unit) {
		if (unit.isClosed()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.unit.closed", unit.getCode());
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
