package id.kinerja.planning;

import java.time.Clock;
import java.time.LocalDate;

import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a plan, asked of the reporting line today: the owner writes the
 * draft; the direct supervisor (pejabat penilai, or whoever acts in that post) approves
 * or returns it, and Admin BKPSDM on behalf of the regional head when the regional head
 * rates; those above the owner in the line, the owner's direct subordinates (who build on
 * it), the Admin OPD of the owner's unit, Admin BKPSDM and Auditor read it. Nobody sees
 * another agency's plans.
 */
@Component
public class PlanningAccess {

	static final String ADMIN_BKPSDM = "ADMIN_BKPSDM";

	static final String AUDITOR = "AUDITOR";

	private final ReportingLines lines;

	private final EmployeeDirectory directory;

	private final Clock clock;

	PlanningAccess(ReportingLines lines, EmployeeDirectory directory, Clock clock) {
		this.lines = lines;
		this.directory = directory;
		this.clock = clock;
	}

	/** Return the signed-in actor, or refuse with 401. */
	static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

	static KinerjaException denied() {
		return new KinerjaException(HttpStatus.FORBIDDEN, "planning.access.denied");
	}

	/** Return whether the actor may read the plan. */
	public boolean mayRead(Skp skp) {
		Actor actor = actor();
		if (skp.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (actor.hasRole(ADMIN_BKPSDM) || actor.hasRole(AUDITOR)) {
			return true;
		}
		Long self = actor.employeeId();
		if (self != null) {
			if (self == skp.getEmployeeId() || self.equals(skp.getAppraiserId())
					|| self.equals(skp.getUpperAppraiserId())) {
				return true;
			}
			if (this.lines.isAbove(self, skp.getEmployeeId(), today())) {
				return true;
			}
			Supervisor mine = this.lines.supervisorOf(self, today());
			if (Long.valueOf(skp.getEmployeeId()).equals(mine.employeeId())) {
				return true;
			}
		}
		return !actor.adminUnitIds().isEmpty() && this.directory.administers(skp.getEmployeeId());
	}

	/** Refuse unless the actor may read the plan (404 for another agency's). */
	void requireRead(Skp skp) {
		if (skp.getAgencyId() != actor().agencyId()) {
			throw notFound();
		}
		if (!mayRead(skp)) {
			throw denied();
		}
	}

	/** Return whether the actor owns the plan (and so writes it). */
	public boolean owns(Skp skp) {
		return owns(skp.getAgencyId(), skp.getEmployeeId());
	}

	/** Return whether the actor owns the plan of that agency and owner. */
	public boolean owns(long agencyId, long employeeId) {
		Actor actor = actor();
		Long self = actor.employeeId();
		return self != null && self == employeeId && agencyId == actor.agencyId();
	}

	void requireOwner(Skp skp) {
		requireRead(skp);
		if (!owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "planning.skp.owner-only");
		}
	}

	/**
	 * Return whether the actor decides on the plan: the owner's direct supervisor today,
	 * or Admin BKPSDM when the regional head rates the owner. Never the owner.
	 */
	public boolean decides(Skp skp) {
		Actor actor = actor();
		if (skp.getAgencyId() != actor.agencyId() || owns(skp)) {
			return false;
		}
		Supervisor supervisor = this.lines.supervisorOf(skp.getEmployeeId(), today());
		if (supervisor.regionalHead()) {
			return actor.hasRole(ADMIN_BKPSDM);
		}
		return supervisor.employeeId() != null && supervisor.employeeId().equals(actor.employeeId());
	}

	void requireDecider(Skp skp) {
		requireRead(skp);
		if (owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "planning.skp.own-approval");
		}
		if (!decides(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "planning.skp.appraiser-only");
		}
	}

	/**
	 * Return whether the actor may start a plan for the employee: the employee, Admin
	 * BKPSDM, or the Admin OPD of the employee's unit.
	 */
	boolean mayStartFor(long employeeId) {
		Actor actor = actor();
		Long self = actor.employeeId();
		if (self != null && self == employeeId) {
			return true;
		}
		return (actor.hasRole(ADMIN_BKPSDM) || !actor.adminUnitIds().isEmpty())
				&& this.directory.administers(employeeId);
	}

	static KinerjaException notFound() {
		return new KinerjaException(HttpStatus.NOT_FOUND, "planning.skp.not-found");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
