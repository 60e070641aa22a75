package id.kinerja.employee;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers employees and keeps who holds which post. Publishes
 * {@link EmployeeRegistered}, {@link AssignmentChanged} and {@link EmployeeLeft}. Rejects
 * an invalid NIP, an NIP that disagrees with the sex or birth date given, a rank of the
 * other ASN type, and an assignment that overlaps another definitive one of the same
 * employee or of the same post. Callers check who may change the data.
 */
@Service
public class EmployeeService {

	private static final List<JdbcBatches.Column> EMPLOYEE_COLUMNS = List.of(
			new JdbcBatches.Column("agency_id", Types.BIGINT), new JdbcBatches.Column("nip", Types.VARCHAR),
			new JdbcBatches.Column("name", Types.VARCHAR), new JdbcBatches.Column("front_title", Types.VARCHAR),
			new JdbcBatches.Column("back_title", Types.VARCHAR), new JdbcBatches.Column("sex", Types.VARCHAR),
			new JdbcBatches.Column("birth_date", Types.DATE), new JdbcBatches.Column("asn_type", Types.VARCHAR),
			new JdbcBatches.Column("golongan", Types.VARCHAR), new JdbcBatches.Column("email", Types.VARCHAR),
			new JdbcBatches.Column("phone", Types.VARCHAR), new JdbcBatches.Column("status", Types.VARCHAR),
			new JdbcBatches.Column("search_text", Types.VARCHAR),
			new JdbcBatches.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("created_by", Types.VARCHAR),
			new JdbcBatches.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("updated_by", Types.VARCHAR), new JdbcBatches.Column("version", Types.BIGINT));

	private static final List<JdbcBatches.Column> ASSIGNMENT_COLUMNS = List.of(
			new JdbcBatches.Column("agency_id", Types.BIGINT), new JdbcBatches.Column("employee_id", Types.BIGINT),
			new JdbcBatches.Column("position_id", Types.BIGINT), new JdbcBatches.Column("kind", Types.VARCHAR),
			new JdbcBatches.Column("start_date", Types.DATE),
			new JdbcBatches.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("created_by", Types.VARCHAR),
			new JdbcBatches.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("updated_by", Types.VARCHAR), new JdbcBatches.Column("version", Types.BIGINT));

	private final EmployeeRepository employees;

	private final AssignmentRepository assignments;

	private final ReportingOverrideRepository overrides;

	private final PositionService positions;

	private final ApplicationEventPublisher events;

	private final NamedParameterJdbcTemplate jdbc;

	private final ChangeLog changes;

	private final Clock clock;

	EmployeeService(EmployeeRepository employees, AssignmentRepository assignments,
			ReportingOverrideRepository overrides, PositionService positions, ApplicationEventPublisher events,
			NamedParameterJdbcTemplate jdbc, ChangeLog changes, Clock clock) {
		this.employees = employees;
		this.assignments = assignments;
		this.overrides = overrides;
		this.positions = positions;
		this.events = events;
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * An employee to register in bulk.
	 *
	 * @param nip the NIP
	 * @param details the personal data
	 */
	public record Registration(String nip, Employee.Details details) {
	}

	/**
	 * Register many employees with batched inserts (for imports), without posts, and
	 * return their ids in order; their accounts follow ({@link EmployeeRegistered}, in
	 * chunks). Checks what {@link #register} checks; each creation is written to the
	 * audit trail.
	 */
	@Transactional
	public long[] registerAll(long agencyId, List<Registration> registrations) {
		if (registrations.isEmpty()) {
			return new long[0];
		}
		Set<String> nips = new HashSet<>();
		for (Registration registration : registrations) {
			Nip.Check check = Nip.check(registration.nip());
			if (!check.valid()) {
				throw new KinerjaException(HttpStatus.BAD_REQUEST, check.errors().get(0));
			}
			checkAgainstNip(check.nip(), registration.details());
			if (!nips.add(check.nip().value())) {
				throw new KinerjaException(HttpStatus.CONFLICT, "employee.nip.taken", registration.nip());
			}
		}
		List<String> taken = existing("SELECT nip FROM employee WHERE nip IN (:ids)", nips, String.class);
		if (!taken.isEmpty()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.nip.taken", taken.get(0));
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		long[] ids = JdbcBatches.insert(this.jdbc.getJdbcTemplate(), "employee", EMPLOYEE_COLUMNS, registrations,
				(registration) -> {
					Employee.Details details = registration.details();
					String nip = registration.nip().strip();
					return new Object[] { agencyId, nip, details.name(), details.frontTitle(), details.backTitle(),
							details.sex(), details.birthDate(), details.asnType().name(), details.golongan().name(),
							details.email(), details.phone(), EmployeeStatus.ACTIVE.name(),
							Employee.searchTextOf(nip, details.name()), now, actor, now, actor, 0L };
				});
		List<ChangeLog.Change> created = new ArrayList<>(registrations.size());
		List<EmployeeRegistered.NewEmployee> accounts = new ArrayList<>();
		for (int i = 0; i < registrations.size(); i++) {
			String nip = registrations.get(i).nip().strip();
			Employee.Details details = registrations.get(i).details();
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("agencyId", agencyId);
			state.put("asnType", details.asnType());
			state.put("backTitle", details.backTitle());
			state.put("birthDate", details.birthDate());
			state.put("email", details.email());
			state.put("frontTitle", details.frontTitle());
			state.put("golongan", details.golongan());
			state.put("id", ids[i]);
			state.put("name", details.name());
			state.put("nip", nip);
			state.put("phone", details.phone());
			state.put("searchText", Employee.searchTextOf(nip, details.name()));
			state.put("sex", details.sex());
			state.put("status", EmployeeStatus.ACTIVE);
			created.add(ChangeLog.Change.created(agencyId, "Employee", ids[i], state));
			accounts.add(new EmployeeRegistered.NewEmployee(ids[i], nip, Employee.fullNameOf(details)));
			if (accounts.size() == JdbcBatches.BATCH_SIZE) {
				this.events.publishEvent(new EmployeeRegistered(agencyId, List.copyOf(accounts)));
				accounts.clear();
			}
		}
		if (!accounts.isEmpty()) {
			this.events.publishEvent(new EmployeeRegistered(agencyId, List.copyOf(accounts)));
		}
		this.changes.record(created);
		return ids;
	}

	/**
	 * A definitive, open-ended assignment to make in bulk.
	 *
	 * @param employeeId the employee
	 * @param positionId the post
	 */
	public record Placement(long employeeId, long positionId) {
	}

	/**
	 * Put many employees definitively in posts from a date, open-ended, with batched
	 * inserts (for imports). Rejects employees or posts of another agency and overlaps
	 * with definitive assignments in force or planned; each creation is written to the
	 * audit trail.
	 */
	@Transactional
	public void assignAll(long agencyId, List<Placement> placements, LocalDate from) {
		if (placements.isEmpty()) {
			return;
		}
		Set<Long> employeeIds = new HashSet<>();
		Set<Long> positionIds = new HashSet<>();
		for (Placement placement : placements) {
			if (!employeeIds.add(placement.employeeId())) {
				throw new KinerjaException(HttpStatus.CONFLICT, "employee.assignment.overlap-employee");
			}
			if (!positionIds.add(placement.positionId())) {
				throw new KinerjaException(HttpStatus.CONFLICT, "employee.assignment.overlap-position", "");
			}
		}
		// Select by id alone, so that the database uses the primary key.
		if (existing("SELECT agency_id FROM employee WHERE id IN (:ids)", employeeIds, Long.class).stream()
			.filter((agency) -> agency == agencyId)
			.count() != employeeIds.size()
				|| existing("SELECT agency_id FROM job_position WHERE id IN (:ids)", positionIds, Long.class).stream()
					.filter((agency) -> agency == agencyId)
					.count() != positionIds.size()) {
			throw new KinerjaException(HttpStatus.NOT_FOUND, "employee.not-found", "");
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", from);
		String open = " AND kind = 'DEFINITIF' AND (end_date IS NULL OR end_date >= :from)";
		if (!existing("SELECT employee_id FROM assignment WHERE employee_id IN (:ids)" + open, employeeIds, Long.class,
				params)
			.isEmpty()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.assignment.overlap-employee");
		}
		if (!existing("SELECT position_id FROM assignment WHERE position_id IN (:ids)" + open, positionIds, Long.class,
				params)
			.isEmpty()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.assignment.overlap-position", "");
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		long[] ids = JdbcBatches.insert(this.jdbc.getJdbcTemplate(), "assignment", ASSIGNMENT_COLUMNS, placements,
				(placement) -> new Object[] { agencyId, placement.employeeId(), placement.positionId(),
						AssignmentKind.DEFINITIF.name(), from, now, actor, now, actor, 0L });
		List<ChangeLog.Change> created = new ArrayList<>(placements.size());
		for (int i = 0; i < placements.size(); i++) {
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("agencyId", agencyId);
			state.put("employeeId", placements.get(i).employeeId());
			state.put("endDate", null);
			state.put("id", ids[i]);
			state.put("kind", AssignmentKind.DEFINITIF);
			state.put("note", null);
			state.put("positionId", placements.get(i).positionId());
			state.put("startDate", from);
			created.add(ChangeLog.Change.created(agencyId, "Assignment", ids[i], state));
		}
		this.changes.record(created);
	}

	private <T> List<T> existing(String sql, Collection<?> ids, Class<T> type) {
		return existing(sql, ids, type, new MapSqlParameterSource());
	}

	private <T> List<T> existing(String sql, Collection<?> ids, Class<T> type, MapSqlParameterSource params) {
		List<?> all = List.copyOf(ids);
		List<T> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += JdbcBatches.BATCH_SIZE) {
			params.addValue("ids", all.subList(from, Math.min(all.size(), from + JdbcBatches.BATCH_SIZE)));
			found.addAll(this.jdbc.queryForList(sql, params, type));
		}
		return found;
	}

	/**
	 * Return which of the NIPs are registered already, in any agency (NIPs are unique
	 * nationwide).
	 */
	public Set<String> registeredAmong(Collection<String> nips) {
		return new HashSet<>(
				existing("SELECT nip FROM employee WHERE nip IN (:ids)", new HashSet<>(nips), String.class));
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
		if (position.isClosed()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "agency.position.closed", position.getName());
		}
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
		Assignment saved = this.assignments
			.save(Assignment.start(agencyId, employeeId, position.getId(), kind, from, to, note));
		this.events.publishEvent(AssignmentChanged.of(saved));
		return saved;
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
		Assignment saved = this.assignments.save(assignment);
		this.events.publishEvent(AssignmentChanged.of(saved));
		return saved;
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
	 * End an override on its last day: not before its first day, and not later than an
	 * end it already has.
	 */
	@Transactional
	public ReportingOverride endOverride(long agencyId, long overrideId, LocalDate lastDay) {
		ReportingOverride override = this.overrides.findById(overrideId)
			.filter((found) -> found.getAgencyId() == agencyId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.override.not-found"));
		if (lastDay.isBefore(override.getStartDate())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "employee.override.end.before-start");
		}
		if (override.getEndDate() != null && lastDay.isAfter(override.getEndDate())) {
			throw new KinerjaException(HttpStatus.CONFLICT, "employee.override.end.ended",
					override.getEndDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
		}
		override.end(lastDay);
		return this.overrides.save(override);
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
				this.events.publishEvent(AssignmentChanged.of(this.assignments.save(assignment)));
			}
		}
		employee.changeStatus(status);
		Employee saved = this.employees.save(employee);
		this.events.publishEvent(new EmployeeLeft(employeeId, agencyId, status, lastDay));
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
