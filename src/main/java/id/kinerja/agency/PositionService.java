package id.kinerja.agency;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an agency's posts: creates and redefines them. Rejects a post in another agency's
 * unit, a post reporting to another agency, a cycle in the reporting tree, and a
 * functional post without its level (or a level on a non-functional one). Callers check
 * who may change the structure.
 */
@Service
public class PositionService {

	private final PositionRepository positions;

	private final UnitRepository units;

	PositionService(PositionRepository positions, UnitRepository units) {
		this.positions = positions;
		this.units = units;
	}

	/** Create a post. */
	@Transactional
	public Position create(long agencyId, long unitId, String name, PositionType type, @Nullable Jenjang jenjang,
			@Nullable Long reportsToId, boolean headsUnit) {
		check(agencyId, null, unitId, type, jenjang, reportsToId);
		return this.positions.save(Position.create(agencyId, unitId, name, type, jenjang, reportsToId, headsUnit));
	}

	/**
	 * Change a post's unit, name, type, level, the post it reports to and whether it
	 * heads its unit.
	 */
	@Transactional
	public Position redefine(long agencyId, long positionId, long unitId, String name, PositionType type,
			@Nullable Jenjang jenjang, @Nullable Long reportsToId, boolean headsUnit) {
		Position position = require(agencyId, positionId);
		check(agencyId, positionId, unitId, type, jenjang, reportsToId);
		position.redefine(unitId, name, type, jenjang, reportsToId, headsUnit);
		return this.positions.save(position);
	}

	/** Return the post that heads the unit, if it has one. */
	public Optional<Position> headOf(long unitId) {
		return this.positions.findByUnitId(unitId).stream().filter(Position::isHeadsUnit).findFirst();
	}

	/** Return the post, or refuse with 404 when it does not exist in the agency. */
	public Position require(long agencyId, long positionId) {
		return this.positions.findById(positionId)
			.filter((position) -> position.getAgencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.position.not-found", positionId));
	}

	private void check(long agencyId, @Nullable Long positionId, long unitId, PositionType type,
			@Nullable Jenjang jenjang, @Nullable Long reportsToId) {
		Unit unit = this.units.findById(unitId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.unit.not-found", unitId));
		if (unit.getAgencyId() != agencyId) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.other-agency");
		}
		if ((type == PositionType.FUNGSIONAL) != (jenjang != null)) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST,
					(jenjang == null) ? "agency.position.jenjang.required" : "agency.position.jenjang.not-allowed");
		}
		Set<Long> seen = new HashSet<>();
		if (positionId != null) {
			seen.add(positionId);
		}
		Long above = reportsToId;
		while (above != null) {
			if (!seen.add(above)) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.cycle");
			}
			Position next = this.positions.findById(above)
				.orElseThrow(
						() -> new KinerjaException(HttpStatus.NOT_FOUND, "agency.position.not-found", reportsToId));
			if (next.getAgencyId() != agencyId) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, "agency.position.other-agency");
			}
			above = next.getReportsToId();
		}
	}

}
