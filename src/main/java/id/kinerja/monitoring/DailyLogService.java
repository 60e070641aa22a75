package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.PerformancePeriod;
import id.kinerja.planning.PeriodService;
import id.kinerja.planning.SkpQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily log (log harian). An employee writes their own entries — not for a future
 * day, and only while the period the day belongs to is open (until that period's
 * realisation deadline of the agency's settings); those above the employee in the line,
 * the unit's Admin OPD, Admin BKPSDM and Auditor read them. Each write is one transaction
 * and audited; an entry is voided, never deleted.
 */
@Service
public class DailyLogService {

	/** The longest stretch of days one read returns. */
	static final int MAX_DAYS = 93;

	private final DailyLogRepository logs;

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final ReportingLines lines;

	private final SkpQueries plans;

	private final PeriodService periods;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DailyLogService(DailyLogRepository logs, EmployeeRepository employees, EmployeeDirectory directory,
			ReportingLines lines, SkpQueries plans, PeriodService periods, Clock clock,
			ApplicationEventPublisher events) {
		this.logs = logs;
		this.employees = employees;
		this.directory = directory;
		this.lines = lines;
		this.plans = plans;
		this.periods = periods;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A day's work as entered.
	 *
	 * @param date the day
	 * @param activity what was done
	 * @param output the output
	 * @param quantity how many
	 * @param unit the quantity's unit
	 * @param rhkId the RHK it serves
	 * @param evidenceUrl a link to the evidence of the work (http or https)
	 */
	public record LogInput(@Nullable LocalDate date, @Nullable String activity, @Nullable String output,
			@Nullable BigDecimal quantity, @Nullable String unit, @Nullable Long rhkId, @Nullable String evidenceUrl) {
	}

	/** Write an entry of the caller's own log; publishes {@link DailyLogWritten}. */
	@Transactional
	public DailyLog add(LogInput input) {
		Employee self = self();
		DailyLog.Entry entry = checked(self, input);
		DailyLog saved = this.logs.save(DailyLog.of(self.getAgencyId(), self.getId(), entry));
		this.events.publishEvent(new DailyLogWritten(saved.getId(), saved.getEmployeeId()));
		return saved;
	}

	/** Change an entry of the caller's own log while its period is open. */
	@Transactional
	public DailyLog change(long logId, LogInput input, @Nullable Long expectedVersion) {
		Employee self = self();
		DailyLog log = own(self, logId);
		log.requireVersion(expectedVersion);
		requireOpen(self, log.getLogDate(), "date");
		log.change(checked(self, input));
		DailyLog saved = this.logs.save(log);
		this.events.publishEvent(new DailyLogWritten(saved.getId(), saved.getEmployeeId()));
		return saved;
	}

	/** Void an entry of the caller's own log while its period is open. */
	@Transactional
	public void voidLog(long logId, @Nullable Long expectedVersion) {
		Employee self = self();
		DailyLog log = own(self, logId);
		log.requireVersion(expectedVersion);
		requireOpen(self, log.getLogDate(), "date");
		log.voidEntry();
		this.logs.save(log);
		this.events.publishEvent(new DailyLogWritten(log.getId(), log.getEmployeeId()));
	}

	/**
	 * List an employee's entries from one day to another (newest first), for those who
	 * may read them; at most {@value #MAX_DAYS} days at a time.
	 */
	@Transactional(readOnly = true)
	public List<DailyLog> logsOf(String nip, LocalDate from, LocalDate to) {
		Employee employee = inAgency(nip);
		if (!mayRead(employee)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.log.denied");
		}
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new FieldsRejectedException(List.of(new FieldProblem("to", "monitoring.log.range", MAX_DAYS)));
		}
		return this.logs.findByEmployeeIdAndVoidedFalseAndLogDateBetweenOrderByLogDateDescIdDesc(employee.getId(), from,
				to);
	}

	/** Return whether the caller may read the employee's log. */
	public boolean mayRead(Employee employee) {
		Actor actor = actor();
		if (employee.getAgencyId() != actor.agencyId()) {
			return false;
		}
		if (actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("AUDITOR")) {
			return true;
		}
		Long self = actor.employeeId();
		if (self != null && (self.equals(employee.getId()) || this.lines.isAbove(self, employee.getId(), today()))) {
			return true;
		}
		return !actor.adminUnitIds().isEmpty() && this.directory.administers(employee.getId());
	}

	/** Return the RHKs the caller's entries of a year may serve. */
	@Transactional(readOnly = true)
	public List<SkpQueries.OwnRhk> rhkChoices(int year) {
		return this.plans.rhksOf(self().getId(), year);
	}

	/**
	 * Return the last day on which entries of the given day may still be written: the
	 * realisation deadline of the period the day belongs to.
	 */
	public LocalDate lastDayToWrite(long agencyId, LocalDate day) {
		PerformancePeriod period = this.periods.year(agencyId, day.getYear());
		int monthsPerPeriod = switch (period.getFrequency()) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case SEMESTER -> 6;
		};
		int firstMonth = ((day.getMonthValue() - 1) / monthsPerPeriod) * monthsPerPeriod + 1;
		LocalDate nextPeriod = LocalDate.of(day.getYear(), firstMonth, 1).plusMonths(monthsPerPeriod);
		return nextPeriod.withDayOfMonth(period.getRealisationDeadlineDay());
	}

	private DailyLog.Entry checked(Employee self, LogInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate date = input.date();
		if (date == null) {
			problems.add(new FieldProblem("date", "monitoring.log.date.required"));
		}
		else if (date.isAfter(today())) {
			problems.add(new FieldProblem("date", "monitoring.log.date.future"));
		}
		else if (date.getYear() < 2020) {
			problems.add(new FieldProblem("date", "monitoring.log.date.range"));
		}
		else if (lastDayToWrite(self.getAgencyId(), date).isBefore(today())) {
			problems
				.add(new FieldProblem("date", "monitoring.log.date.closed", lastDayToWrite(self.getAgencyId(), date)));
		}
		String activity = (input.activity() != null) ? input.activity().strip() : "";
		if (activity.isEmpty()) {
			problems.add(new FieldProblem("activity", "monitoring.log.activity.required"));
		}
		else if (activity.length() > 2000) {
			problems.add(new FieldProblem("activity", "planning.text.size", 2000));
		}
		String output = blankToNull(input.output());
		if (output != null && output.length() > 500) {
			problems.add(new FieldProblem("output", "planning.text.size", 500));
		}
		String unit = blankToNull(input.unit());
		if (unit != null && unit.length() > 60) {
			problems.add(new FieldProblem("unit", "planning.text.size", 60));
		}
		BigDecimal quantity = input.quantity();
		if (quantity != null) {
			if (quantity.signum() < 0 || quantity.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0
					|| Math.max(0, quantity.stripTrailingZeros().scale()) > 2) {
				problems.add(new FieldProblem("quantity", "monitoring.log.quantity.range"));
			}
			else if (unit == null) {
				problems.add(new FieldProblem("unit", "monitoring.log.unit.required"));
			}
		}
		if (input.rhkId() != null && date != null
				&& this.plans.rhksOf(self.getId(), date.getYear())
					.stream()
					.noneMatch((rhk) -> rhk.id() == input.rhkId())) {
			problems.add(new FieldProblem("rhkId", "monitoring.log.rhk.not-own"));
		}
		String evidenceUrl = blankToNull(input.evidenceUrl());
		if (evidenceUrl != null && (evidenceUrl.length() > 2000 || !EvidenceFiles.isWebAddress(evidenceUrl))) {
			problems.add(new FieldProblem("evidenceUrl", "monitoring.evidence.url.invalid"));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		return new DailyLog.Entry(date, activity, output, quantity, unit, input.rhkId(), evidenceUrl);
	}

	private void requireOpen(Employee self, LocalDate day, String field) {
		LocalDate last = lastDayToWrite(self.getAgencyId(), day);
		if (last.isBefore(today())) {
			throw new FieldsRejectedException(List.of(new FieldProblem(field, "monitoring.log.date.closed", last)));
		}
	}

	private DailyLog own(Employee self, long logId) {
		DailyLog log = this.logs.findById(logId)
			.filter((found) -> !found.isVoided() && found.getAgencyId() == self.getAgencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.log.not-found"));
		if (log.getEmployeeId() != self.getId()) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.log.owner-only");
		}
		return log;
	}

	private Employee self() {
		Actor actor = actor();
		if (actor.employeeId() == null) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.log.owner-only");
		}
		return this.employees.findById(actor.employeeId()).orElseThrow();
	}

	private Employee inAgency(String nip) {
		Actor actor = actor();
		return this.employees.findByNip(nip.strip())
			.filter((employee) -> employee.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "employee.nip.not-found", nip));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
