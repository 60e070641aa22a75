package id.kinerja.employee;

import java.time.LocalDate;
import java.util.List;

import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers employees and keeps who holds which post. Publishes
 * {@link EmployeeRegistered} and {@link EmployeeLeft}. Rejects an invalid NIP, an NIP
 * that disagrees with the sex or birth date given, a rank of the other ASN type, and an
 * assignment that overlaps another definitive one of the same employee or of the same
 * post. Callers check who may change the data.
 */
@Service
public class EmployeeService {

	private final EmployeeRepository employees;

	private final AssignmentRepository assignments;

	private final ReportingOverrideRepository overrides;

	private final PositionService positions;

	private final ApplicationEventPublisher events;

	EmployeeService(EmployeeRepository employees, AssignmentRepository assignments,
			ReportingOverrideRepository overrides, PositionService positions, ApplicationEventPublisher events) {
		this.employees = employees;
		this.assignments = assignments;
		this.overrides = overrides;
		this.positions = positions;
		this.events = events;
	}

	/** Register an employee in a post from a date; the account follows. */
	@Transactional
	public Employee register(long agencyId, String nip, Employee.Details details, long positionId, LocalDate from) {
		Nip.Check check = Nip.check(nip);
		if (!check.valid()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, check.errors().get(0));
		}
		checkAgainstNip(check.nip(), details);
		if (this.employees.findByNip(check.nip().value()).isPresent()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.nip.taken", nip);
		}
		Employee employee = this.employees.save(Employee.register(agencyId, check.nip().value(), details));
		assign(agencyId, employee.getId(), positionId, AssignmentKind.DEFINITIF, from, null, null);
		this.events.publishEvent(new EmployeeRegistered(agencyId, List
			.of(new EmployeeRegistered.NewEmployee(employee.getId(), employee.getNip(), employee.getFullName()))));
		return employee;
	}

	/** Change an employee's personal data. */
	@Transactional
	public Employee update(long agencyId, long employeeId, Employee.Details details) {
		Employee employee = require(agencyId, employeeId);
		checkAgainstNip(Nip.check(employee.getNip()).nip(), details);
		employee.update(details);
		return this.employees.save(employee);
	}

	/** Put an employee in a post for a period (definitive, or acting as Plt or Plh). */
	@Transactional
	public Assignment assign(long agencyId, long employeeId, long positionId, AssignmentKind kind, LocalDate from,
			@Nullable LocalDate to, @Nullable String note) {
		require(agencyId, employeeId);
		Position position = this.positions.require(agencyId, positionId);
		if (to != null && to.isBefore(from)) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.assignment.dates");
		}
		if (kind == AssignmentKind.DEFINITIF) {
			boolean employeeBusy = this.assignments.findByEmployeeIdOrderByStartDate(employeeId)
				.stream()
				.anyMatch((other) -> other.getKind() == AssignmentKind.DEFINITIF && other.overlaps(from, to));
			if (employeeBusy) {
				throw new KinerjaException(HttpStatus.CONFLICT, "employee.assignment.overlap-employee");
			}
			boolean postTaken = this.assignments.findByPositionIdOrderByStartDate(position.getId())
				.stream()
				.anyMatch((other) -> other.getKind() == AssignmentKind.DEFINITIF && other.overlaps(from, to));
			if (postTaken) {
				throw new KinerjaException(HttpStatus.CONFLICT, "employee.assignment.overlap-position",
						position.getName());
			}
		}
		return this.assignments.save(Assignment.start(agencyId, employeeId, position.getId(), kind, from, to, note));
	}

	/** End an assignment on a date (the last day in the post). */
	@Transactional
	public Assignment endAssignment(long agencyId, long assignmentId, LocalDate lastDay) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.filter((found) -> found.getAgencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.assignment.not-found"));
		if (lastDay.isBefore(assignment.getStartDate())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.assignment.dates");
		}
		assignment.end(lastDay);
		return this.assignments.save(assignment);
	}

	/**
	 * Set the employee's supervisor explicitly for a period (null: the regional head).
	 */
	@Transactional
	public ReportingOverride overrideSupervisor(long agencyId, long employeeId, @Nullable Long supervisorId,
			LocalDate from, @Nullable LocalDate to, String reason) {
		require(agencyId, employeeId);
		if (supervisorId != null) {
			require(agencyId, supervisorId);
			if (supervisorId == employeeId) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.override.self");
			}
		}
		if (reason.isBlank()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.override.reason");
		}
		return this.overrides.save(ReportingOverride.of(agencyId, employeeId, supervisorId, from, to, reason));
	}

	/**
	 * Record that the employee left the agency (moved or retired) on a date; ends the
	 * posts held.
	 */
	@Transactional
	public Employee leave(long agencyId, long employeeId, EmployeeStatus status, LocalDate lastDay) {
		if (status == EmployeeStatus.ACTIVE) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.status.leave");
		}
		Employee employee = require(agencyId, employeeId);
		for (Assignment assignment : this.assignments.findByEmployeeIdOrderByStartDate(employeeId)) {
			if (assignment.getEndDate() == null || assignment.getEndDate().isAfter(lastDay)) {
				assignment.end(lastDay.isBefore(assignment.getStartDate()) ? assignment.getStartDate() : lastDay);
				this.assignments.save(assignment);
			}
		}
		employee.changeStatus(status);
		Employee saved = this.employees.save(employee);
		this.events.publishEvent(new EmployeeLeft(employeeId, agencyId, status));
		return saved;
	}

	/** Return the employee, or refuse with 404 when not in the agency. */
	public Employee require(long agencyId, long employeeId) {
		return this.employees.findById(employeeId)
			.filter((employee) -> employee.getAgencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.not-found", employeeId));
	}

	/** Refuse details that disagree with what the NIP encodes. */
	static void checkAgainstNip(Nip nip, Employee.Details details) {
		if (!nip.sex().equals(details.sex())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.sex.nip");
		}
		if (details.asnType() != nip.asnType()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.asn-type.nip");
		}
		if (nip.asnType() == Nip.AsnType.PNS && !nip.birthDate().equals(details.birthDate())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.birth-date.nip");
		}
		if (details.golongan().asnType() != details.asnType()) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.golongan.asn-type");
		}
	}

}
