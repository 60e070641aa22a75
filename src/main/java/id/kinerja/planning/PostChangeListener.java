package id.kinerja.planning;

import java.time.LocalDate;
import java.util.List;

import id.kinerja.employee.AssignmentChanged;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeLeft;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the posts an employee holds (domain.md, section 2: "shorter when an employee
 * starts or moves mid-year"). When a definitive assignment ends, the open plan of that
 * post is closed on the last day; when a new one starts in a year the employee was
 * planning, a draft for the new post opens on its first day with the pejabat penilai of
 * that day; both plans are kept. Leaving the agency closes the open plans. The listeners
 * run after the change committed, asynchronously, and are durable: the event registry
 * delivers an event again after a crash. Each handler reads the stored state and is
 * idempotent, so a repeated or reordered delivery does no harm.
 */
@Component
class PostChangeListener {

	/** What {@link Skp#getClosedReason()} says when the post ended. */
	static final String MOVED = "planning.closed.moved";

	/** What {@link Skp#getClosedReason()} says when the employee left the agency. */
	static final String LEFT = "planning.closed.left";

	private final SkpRepository skps;

	private final EmployeeRepository employees;

	private final SkpService service;

	private final JdbcClient jdbc;

	PostChangeListener(SkpRepository skps, EmployeeRepository employees, SkpService service, JdbcClient jdbc) {
		this.skps = skps;
		this.employees = employees;
		this.service = service;
		this.jdbc = jdbc;
	}

	/**
	 * Lock the employee's plans until the handler commits: the events of one move (the
	 * old post ended, the new one started) are delivered asynchronously and may meet, so
	 * the second waits and then reads what the first wrote.
	 */
	private void lockPlans(long employeeId) {
		this.jdbc.sql("SELECT id FROM skp WHERE employee_id = :employeeId FOR UPDATE")
			.param("employeeId", employeeId)
			.query(Long.class)
			.list();
	}

	@ApplicationModuleListener
	void on(AssignmentChanged event) {
		Employee employee = this.employees.findById(event.employeeId()).orElse(null);
		// Leaving ends the posts too: the plans are closed as left, by the other handler.
		if (event.kind() != AssignmentKind.DEFINITIF || employee == null
				|| employee.getStatus() != EmployeeStatus.ACTIVE) {
			return;
		}
		lockPlans(event.employeeId());
		if (event.endDate() != null) {
			closePlansOfPost(event.employeeId(), event.positionId(), event.endDate());
		}
		openPlanOfNewPost(employee, event);
	}

	@ApplicationModuleListener
	void on(EmployeeLeft event) {
		lockPlans(event.employeeId());
		for (Skp skp : this.skps.findByEmployeeIdOrderBySkpYearDescStartDateDesc(event.employeeId())) {
			if (skp.getStatus() != SkpStatus.CLOSED && skp.getEndDate().isAfter(event.lastDay())) {
				skp.close(event.lastDay().isBefore(skp.getStartDate()) ? skp.getStartDate() : event.lastDay(), LEFT);
				this.skps.save(skp);
			}
		}
	}

	private void closePlansOfPost(long employeeId, long positionId, LocalDate lastDay) {
		for (Skp skp : this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(employeeId, lastDay.getYear())) {
			if (skp.getStatus() != SkpStatus.CLOSED && Long.valueOf(positionId).equals(skp.getPositionId())
					&& !skp.getStartDate().isAfter(lastDay) && skp.getEndDate().isAfter(lastDay)) {
				skp.close(lastDay, MOVED);
				this.skps.save(skp);
			}
		}
	}

	/**
	 * Open a draft for the new post when the employee has plans in the year but none open
	 * any more (a plan of another post still open is closed the day before, whichever
	 * event arrives first).
	 */
	private void openPlanOfNewPost(Employee employee, AssignmentChanged event) {
		LocalDate first = event.startDate();
		if (event.endDate() != null && event.endDate().isBefore(first)) {
			return;
		}
		List<Skp> plans = this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(event.employeeId(), first.getYear());
		if (plans.isEmpty()) {
			return;
		}
		for (Skp skp : plans) {
			boolean samePost = Long.valueOf(event.positionId()).equals(skp.getPositionId());
			if (samePost && !skp.getEndDate().isBefore(first)) {
				return;
			}
			if (!samePost && skp.getStatus() != SkpStatus.CLOSED && skp.getStartDate().isBefore(first)
					&& !skp.getEndDate().isBefore(first)) {
				skp.close(first.minusDays(1), MOVED);
				this.skps.save(skp);
			}
		}
		boolean open = this.skps.findByEmployeeIdAndSkpYearOrderByStartDate(event.employeeId(), first.getYear())
			.stream()
			.anyMatch((skp) -> skp.getStatus() != SkpStatus.CLOSED);
		if (open) {
			return;
		}
		this.service.startOn(employee, first.getYear(), first);
	}

}
