package id.kinerja.monitoring.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.ReportingLines;
import id.kinerja.live.LiveEvents;
import id.kinerja.monitoring.DailyLogWritten;
import id.kinerja.monitoring.RealisationAcknowledged;
import id.kinerja.monitoring.RealisationReturned;
import id.kinerja.monitoring.RealisationSubmitted;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpApproved;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpReturned;
import id.kinerja.planning.SkpSubmitted;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages that an employee's progress changed: the employee's own standing,
 * the team board of the direct supervisor today (an acting Plt/Plh holder included) and
 * that of the plan's pejabat penilai. Listens while the publishing transaction is still
 * open, so the live row commits with the change or not at all.
 */
@Component
class ProgressPublisher {

	private final LiveEvents live;

	private final ReportingLines lines;

	private final EmployeeRepository employees;

	private final SkpQueries plans;

	private final Clock clock;

	ProgressPublisher(LiveEvents live, ReportingLines lines, EmployeeRepository employees, SkpQueries plans,
			Clock clock) {
		this.live = live;
		this.lines = lines;
		this.employees = employees;
		this.plans = plans;
		this.clock = clock;
	}

	@EventListener
	void on(SkpSubmitted event) {
		publish(event.agencyId(), event.employeeId(), event.appraiserId());
	}

	@EventListener
	void on(SkpApproved event) {
		publish(event.agencyId(), event.employeeId(), event.appraiserId());
	}

	@EventListener
	void on(SkpReturned event) {
		publish(event.agencyId(), event.employeeId(), event.appraiserId());
	}

	@EventListener
	void on(RealisationSubmitted event) {
		realised(event.skpId(), event.employeeId());
	}

	@EventListener
	void on(RealisationAcknowledged event) {
		realised(event.skpId(), event.employeeId());
	}

	@EventListener
	void on(RealisationReturned event) {
		realised(event.skpId(), event.employeeId());
	}

	private void realised(long skpId, long employeeId) {
		// The one who submits (the owner) or decides (the pejabat penilai) may read the
		// plan.
		Skp plan = this.plans.header(skpId);
		publish(plan.getAgencyId(), employeeId, plan.getAppraiserId());
	}

	@EventListener
	void on(DailyLogWritten event) {
		this.employees.findById(event.employeeId())
			.ifPresent((employee) -> publish(employee.getAgencyId(), employee.getId(), null));
	}

	void publish(long agencyId, long employeeId, @Nullable Long appraiserId) {
		Set<String> topics = new LinkedHashSet<>();
		topics.add(LiveEvents.employee(employeeId));
		Long supervisor = this.lines.supervisorOf(employeeId, LocalDate.now(this.clock)).employeeId();
		if (supervisor != null) {
			topics.add(LiveEvents.team(supervisor));
		}
		if (appraiserId != null) {
			topics.add(LiveEvents.team(appraiserId));
		}
		this.live.publish(agencyId, topics);
	}

}
