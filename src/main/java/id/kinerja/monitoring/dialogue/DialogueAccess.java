package id.kinerja.monitoring.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The access rules dialogues and coaching sessions share: who the caller is, who stands
 * above whom today, who may read an employee's records (the employee, the one who holds
 * the dialogue or session, those above in the line, the unit's Admin OPD, Admin BKPSDM,
 * Auditor), and the checks of the optional plan and period.
 */
@Component
class DialogueAccess {

	private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-S[12])?");

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final ReportingLines lines;

	private final SkpQueries plans;

	private final Clock clock;

	private final ZoneId zone;

	DialogueAccess(EmployeeRepository employees, EmployeeDirectory directory, ReportingLines lines, SkpQueries plans,
			Clock clock, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.employees = employees;
		this.directory = directory;
		this.lines = lines;
		this.plans = plans;
		this.clock = clock;
		this.zone = zone;
	}

	Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

	/**
	 * The caller as an employee; an administrator's account has no dialogues of its own.
	 */
	Employee self() {
		Long id = actor().employeeId();
		if (id == null) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.dialogue.employees-only");
		}
		return this.employees.findById(id).orElseThrow();
	}

	/** The employee of the caller's agency with the NIP, or 404. */
	Employee inAgency(String nip) {
		Actor actor = actor();
		return this.employees.findByNip(nip.strip())
			.filter((employee) -> employee.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
	}

	@Nullable Employee byNip(long agencyId, @Nullable String nip) {
		if (nip == null || nip.isBlank()) {
			return null;
		}
		return this.employees.findByNip(nip.strip()).filter((found) -> found.getAgencyId() == agencyId).orElse(null);
	}

	Employee byId(long id) {
		return this.employees.findById(id).orElseThrow();
	}

	boolean isAbove(long supervisorId, long employeeId) {
		return this.lines.isAbove(supervisorId, employeeId, today());
	}

	/** Return the employees directly below the caller today. */
	List<Employee> subordinatesOfSelf() {
		Long self = actor().employeeId();
		if (self == null) {
			return List.of();
		}
		return this.employees.findAllById(this.lines.directSubordinates(self, today()))
			.stream()
			.sorted(java.util.Comparator.comparing(Employee::getName))
			.toList();
	}

	/**
	 * Return whether the caller may read the records of the employee held by the holder.
	 */
	boolean mayRead(long agencyId, long employeeId, long holderId) {
		Actor actor = actor();
		if (agencyId != actor.agencyId()) {
			return false;
		}
		if (actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("AUDITOR")) {
			return true;
		}
		Long self = actor.employeeId();
		if (self != null && (self.equals(employeeId) || self.equals(holderId) || isAbove(self, employeeId))) {
			return true;
		}
		return !actor.adminUnitIds().isEmpty() && this.directory.administers(employeeId);
	}

	/** Check the optional plan (the employee's own) and period, adding the problems. */
	void checkPlan(long employeeId, @Nullable Long skpId, @Nullable String periodCode, List<FieldProblem> problems) {
		if (skpId != null) {
			try {
				Skp skp = this.plans.header(skpId);
				if (skp.getEmployeeId() != employeeId) {
					problems.add(new FieldProblem("skpId", "monitoring.dialogue.skp.not-employees"));
				}
				else if (periodCode != null && PERIOD.matcher(periodCode).matches()
						&& !periodCode.startsWith(String.valueOf(skp.getSkpYear()))) {
					problems.add(new FieldProblem("period", "monitoring.dialogue.period.other-year", skp.getSkpYear()));
				}
			}
			catch (KinerjaException ex) {
				problems.add(new FieldProblem("skpId", "monitoring.dialogue.skp.not-employees"));
			}
		}
		if (periodCode != null && !PERIOD.matcher(periodCode).matches()) {
			problems.add(new FieldProblem("period", "monitoring.dialogue.period.format"));
		}
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	Clock clock() {
		return this.clock;
	}

	ZoneId zone() {
		return this.zone;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static void checkLength(@Nullable String value, String field, int max, List<FieldProblem> problems) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "planning.text.size", max));
		}
	}

}
