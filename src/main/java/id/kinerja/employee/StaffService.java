package id.kinerja.employee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import id.kinerja.agency.Position;
import id.kinerja.agency.StructureAccess;
import id.kinerja.agency.StructureService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes employees on behalf of the current actor: registers them, edits their personal
 * data, puts them in posts (definitive, Plt, Plh) and ends assignments, sets their
 * supervisor explicitly, and records that they moved or retired. Checks through
 * {@link StructureAccess} that the actor administers the unit concerned (Admin BKPSDM:
 * the whole agency; Admin OPD: its unit subtrees), refuses with 403 otherwise and for an
 * employee or post of another agency, and refuses an edit of an older version
 * ({@link org.springframework.dao.OptimisticLockingFailureException}). Each method is one
 * transaction; {@link EmployeeService} publishes the events.
 */
@Service
public class StaffService {

	private final StructureAccess access;

	private final StructureService structure;

	private final EmployeeService employees;

	private final EmployeeRepository employeeRepository;

	private final AssignmentRepository assignments;

	private final ReportingOverrideRepository overrides;

	private final Clock clock;

	StaffService(StructureAccess access, StructureService structure, EmployeeService employees,
			EmployeeRepository employeeRepository, AssignmentRepository assignments,
			ReportingOverrideRepository overrides, Clock clock) {
		this.access = access;
		this.structure = structure;
		this.employees = employees;
		this.employeeRepository = employeeRepository;
		this.assignments = assignments;
		this.overrides = overrides;
		this.clock = clock;
	}

	/** Register an employee in a post (of a unit the actor administers) from a date. */
	@Transactional
	public Employee register(String nip, Employee.Details details, long positionId, LocalDate from) {
		Position position = this.structure.requirePosition(positionId);
		this.access.requireMayChangeUnit(position.getUnitId());
		return this.employees.register(position.getAgencyId(), nip.strip(), details, positionId, from);
	}

	/** Change an employee's personal data. */
	@Transactional
	public Employee update(String nip, Employee.Details details, @Nullable Long expectedVersion) {
		Employee employee = requireChangeable(nip);
		employee.requireVersion(expectedVersion);
		return this.employees.update(employee.getAgencyId(), employee.getId(), details);
	}

	/**
	 * Put an employee in a post for a period: definitively, or acting (Plt for a vacancy,
	 * Plh for an absent holder). The actor must administer the post's unit; the employee
	 * may come from anywhere in the agency.
	 */
	@Transactional
	public Assignment assign(String nip, long positionId, AssignmentKind kind, LocalDate from, @Nullable LocalDate to,
			@Nullable String note) {
		Employee employee = require(nip);
		Position position = this.structure.requirePosition(positionId);
		this.access.requireMayChangeUnit(position.getUnitId());
		if (employee.getStatus() != EmployeeStatus.ACTIVE) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.status.inactive", employee.getNip());
		}
		return this.employees.assign(employee.getAgencyId(), employee.getId(), positionId, kind, from, to,
				blankToNull(note));
	}

	/**
	 * End one of the employee's assignments on its last day. The actor must administer
	 * the post's unit or the employee.
	 */
	@Transactional
	public Assignment endAssignment(String nip, long assignmentId, LocalDate lastDay, @Nullable Long expectedVersion) {
		Assignment assignment = requireEndable(nip, assignmentId);
		assignment.requireVersion(expectedVersion);
		return this.employees.endAssignment(assignment.getAgencyId(), assignmentId, lastDay);
	}

	/**
	 * Return one of the employee's assignments if the current actor may end it (it
	 * administers the post's unit or the employee); refuse with 403 otherwise, 404 when
	 * the employee has no such assignment.
	 */
	public Assignment requireEndable(String nip, long assignmentId) {
		Employee employee = require(nip);
		Assignment assignment = this.assignments.findById(assignmentId)
			.filter((found) -> found.getEmployeeId() == employee.getId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.assignment.not-found"));
		Position position = this.structure.requirePosition(assignment.getPositionId());
		if (!this.access.mayChangeUnit(position.getUnitId()) && !mayChange(employee)) {
			throw StructureAccess.denied();
		}
		return assignment;
	}

	/**
	 * Set the employee's direct supervisor explicitly for a period; a null supervisor NIP
	 * means the regional head.
	 */
	@Transactional
	public ReportingOverride overrideSupervisor(String nip, @Nullable String supervisorNip, LocalDate from,
			@Nullable LocalDate to, String reason) {
		Employee employee = requireChangeable(nip);
		Long supervisorId = (supervisorNip != null && !supervisorNip.isBlank()) ? require(supervisorNip).getId() : null;
		if (to != null && to.isBefore(from)) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.assignment.dates");
		}
		return this.employees.overrideSupervisor(employee.getAgencyId(), employee.getId(), supervisorId, from, to,
				reason.strip());
	}

	/**
	 * End one of the employee's supervisor overrides on its last day. The actor must
	 * administer the employee.
	 */
	@Transactional
	public ReportingOverride endOverride(String nip, long overrideId, LocalDate lastDay,
			@Nullable Long expectedVersion) {
		ReportingOverride override = requireEndableOverride(nip, overrideId);
		override.requireVersion(expectedVersion);
		return this.employees.endOverride(override.getAgencyId(), overrideId, lastDay);
	}

	/**
	 * Return one of the employee's supervisor overrides if the current actor administers
	 * the employee; refuse with 403 otherwise, 404 when the employee has no such
	 * override.
	 */
	public ReportingOverride requireEndableOverride(String nip, long overrideId) {
		Employee employee = requireChangeable(nip);
		return this.overrides.findById(overrideId)
			.filter((found) -> found.getEmployeeId() == employee.getId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.override.not-found"));
	}

	/**
	 * Record that the employee moved to another agency or retired, with the last working
	 * day: ends the posts held and deactivates the account.
	 */
	@Transactional
	public Employee leave(String nip, EmployeeStatus status, LocalDate lastDay, @Nullable Long expectedVersion) {
		Employee employee = requireChangeable(nip);
		employee.requireVersion(expectedVersion);
		if (employee.getStatus() != EmployeeStatus.ACTIVE) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.status.inactive", employee.getNip());
		}
		return this.employees.leave(employee.getAgencyId(), employee.getId(), status, lastDay);
	}

	/**
	 * Return whether the current actor may change the employee: Admin BKPSDM of the
	 * agency, or Admin OPD of the unit of a post the employee holds today (or held last).
	 */
	public boolean mayChange(Employee employee) {
		Actor actor = this.access.actor();
		if (employee.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (this.access.mayChangeWholeAgency()) {
			return true;
		}
		if (actor.adminUnitIds().isEmpty()) {
			return false;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Assignment> held = this.assignments.findByEmployeeIdOrderByStartDate(employee.getId());
		List<Assignment> current = held.stream().filter((assignment) -> assignment.covers(today)).toList();
		List<Assignment> relevant = !current.isEmpty() ? current
				: held.stream().max(Comparator.comparing(Assignment::getStartDate)).stream().toList();
		return relevant.stream()
			.map((assignment) -> this.structure.requirePosition(assignment.getPositionId()))
			.anyMatch((position) -> this.access.mayChangeUnit(position.getUnitId()));
	}

	/**
	 * Return the employee with the NIP in the actor's agency; refuse with 403 for another
	 * agency's employee and 404 when there is none.
	 */
	public Employee require(String nip) {
		Actor actor = this.access.actor();
		Employee employee = this.employeeRepository.findByNip(nip.strip())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
		if (employee.getAgencyId() != actor.agencyId()) {
			throw StructureAccess.denied();
		}
		return employee;
	}

	/**
	 * Return the employee with the NIP if the current actor may change them; refuse with
	 * 403 otherwise.
	 */
	public Employee requireChangeable(String nip) {
		Employee employee = require(nip);
		if (!mayChange(employee)) {
			throw StructureAccess.denied();
		}
		return employee;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
