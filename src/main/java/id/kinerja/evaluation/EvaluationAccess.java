package id.kinerja.evaluation;

import java.time.Clock;
import java.time.LocalDate;

import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.planning.PlanningAccess;
import id.kinerja.planning.Skp;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an evaluation. The pejabat penilai is the employee's direct
 * supervisor (or whoever acts in that post) on the day the evaluation is judged: today
 * for a plan still running, the plan's last day for one that has ended (an employee who
 * moved mid-year is rated on the old plan by the old supervisor). Admin BKPSDM stands in
 * when the regional head rates. The atasan pejabat penilai is the pejabat penilai's own
 * supervisor on the same day. Whoever may read the plan may read its evaluations.
 */
@Component
public class EvaluationAccess {

	static final String ADMIN_BKPSDM = "ADMIN_BKPSDM";

	static final String AUDITOR = "AUDITOR";

	private final ReportingLines lines;

	private final PlanningAccess planning;

	private final Clock clock;

	EvaluationAccess(ReportingLines lines, PlanningAccess planning, Clock clock) {
		this.lines = lines;
		this.planning = planning;
		this.clock = clock;
	}

	/** Return the signed-in actor, or refuse with 401. */
	static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

	/** Return the day on which the plan's pejabat penilai is asked of the line. */
	public LocalDate judgedOn(Skp skp) {
		LocalDate today = LocalDate.now(this.clock);
		return skp.getEndDate().isBefore(today) ? skp.getEndDate() : today;
	}

	/** Return the plan's pejabat penilai. */
	public Supervisor appraiserOf(Skp skp) {
		return this.lines.supervisorOf(skp.getEmployeeId(), judgedOn(skp));
	}

	/**
	 * Return the plan's atasan pejabat penilai: the pejabat penilai's own supervisor (the
	 * regional head's stand-in, Admin BKPSDM, has none).
	 */
	public Supervisor upperAppraiserOf(Skp skp) {
		Supervisor appraiser = appraiserOf(skp);
		if (appraiser.employeeId() == null) {
			return new Supervisor(null, false, "NONE");
		}
		return this.lines.supervisorOf(appraiser.employeeId(), judgedOn(skp));
	}

	/** Return whether the actor may read the plan's evaluations. */
	public boolean mayRead(Skp skp) {
		return this.planning.mayRead(skp);
	}

	/**
	 * Refuse unless the actor may read the plan's evaluations (404 for another agency).
	 */
	public void requireRead(Skp skp) {
		if (skp.getAgencyId() != actor().agencyId()) {
			throw new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.not-found");
		}
		if (!mayRead(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.access.denied");
		}
	}

	/** Return whether the actor owns the plan (writes the self-assessment, appeals). */
	public boolean owns(Skp skp) {
		Long self = actor().employeeId();
		return self != null && self == skp.getEmployeeId() && skp.getAgencyId() == actor().agencyId();
	}

	/**
	 * Return whether the actor is the plan's pejabat penilai (or Admin BKPSDM when the
	 * regional head rates). Never the owner.
	 */
	public boolean rates(Skp skp) {
		Actor actor = actor();
		if (skp.getAgencyId() != actor.agencyId() || owns(skp)) {
			return false;
		}
		Supervisor appraiser = appraiserOf(skp);
		if (appraiser.regionalHead()) {
			return actor.hasRole(ADMIN_BKPSDM);
		}
		return appraiser.employeeId() != null && appraiser.employeeId().equals(actor.employeeId());
	}

	/** Return whether the actor is the plan's atasan pejabat penilai. */
	public boolean isUpperAppraiser(Skp skp) {
		Actor actor = actor();
		if (skp.getAgencyId() != actor.agencyId() || owns(skp)) {
			return false;
		}
		Supervisor upper = upperAppraiserOf(skp);
		if (upper.regionalHead()) {
			return actor.hasRole(ADMIN_BKPSDM);
		}
		return upper.employeeId() != null && upper.employeeId().equals(actor.employeeId());
	}

}
