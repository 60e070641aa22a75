package id.kinerja.agency;

import java.util.List;

import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who may change an agency's structure and staff: Admin BKPSDM anywhere in its
 * own agency, Admin OPD only inside the unit subtrees it administers. Everyone else
 * (Auditor, employees, other agencies) only reads. Every guarded write of the agency and
 * employee modules asks here for the current {@link Actor}, whoever calls (page or API),
 * and pages ask it whether to show a form at all. Refuses with 403
 * ({@code agency.access.denied}).
 */
@Service
@Transactional(readOnly = true)
public class StructureAccess {

	/** The role that may change the whole agency. */
	public static final String ADMIN_BKPSDM = "ADMIN_BKPSDM";

	private final UnitRepository units;

	StructureAccess(UnitRepository units) {
		this.units = units;
	}

	/** Return the signed-in actor, or refuse with 401. */
	public Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

	/** Return whether the current actor may change some part of the structure. */
	public boolean mayChangeSomething() {
		Actor actor = actor();
		return actor.hasRole(ADMIN_BKPSDM) || !roots(actor).isEmpty();
	}

	/**
	 * Return whether the current actor may change the whole agency (top-level units,
	 * anything anywhere).
	 */
	public boolean mayChangeWholeAgency() {
		return actor().hasRole(ADMIN_BKPSDM);
	}

	/** Return whether the current actor may change the unit and what it holds. */
	public boolean mayChange(Unit unit) {
		Actor actor = actor();
		if (unit.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (actor.hasRole(ADMIN_BKPSDM)) {
			return true;
		}
		return roots(actor).stream().anyMatch((root) -> unit.getPath().startsWith(root.getPath()));
	}

	/** Return whether the current actor may change the unit with the id. */
	public boolean mayChangeUnit(long unitId) {
		return this.units.findById(unitId).map(this::mayChange).orElse(false);
	}

	/** Refuse with 403 unless the current actor may change the unit. */
	public void requireMayChange(Unit unit) {
		if (!mayChange(unit)) {
			throw denied();
		}
	}

	/** Refuse with 403 unless the current actor may change the unit with the id. */
	public void requireMayChangeUnit(long unitId) {
		if (!mayChangeUnit(unitId)) {
			throw denied();
		}
	}

	/** Refuse with 403 unless the current actor may change the whole agency. */
	public void requireMayChangeWholeAgency() {
		if (!mayChangeWholeAgency()) {
			throw denied();
		}
	}

	/**
	 * List the open units the current actor may change, parents before children: for the
	 * pickers of the forms.
	 */
	public List<Unit> changeableUnits() {
		Actor actor = actor();
		List<Unit> all = this.units.findSubtree(actor.agencyId(), "/%");
		if (actor.hasRole(ADMIN_BKPSDM)) {
			return all.stream().filter((unit) -> !unit.isClosed()).toList();
		}
		List<Unit> roots = roots(actor);
		return all.stream()
			.filter((unit) -> !unit.isClosed())
			.filter((unit) -> roots.stream().anyMatch((root) -> unit.getPath().startsWith(root.getPath())))
			.toList();
	}

	/** Return the refusal every guarded write throws. */
	public static KinerjaException denied() {
		return new KinerjaException(HttpStatus.FORBIDDEN, "agency.access.denied");
	}

	private List<Unit> roots(Actor actor) {
		if (actor.adminUnitIds().isEmpty()) {
			return List.of();
		}
		return this.units.findAllById(actor.adminUnitIds())
			.stream()
			.filter((unit) -> unit.getAgencyId() == actor.agencyId())
			.toList();
	}

}
