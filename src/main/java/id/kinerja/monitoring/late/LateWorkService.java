package id.kinerja.monitoring.late;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.employee.Supervisor;
import id.kinerja.monitoring.Deadlines;
import id.kinerja.monitoring.ReportingPeriod;
import id.kinerja.planning.EvaluationFrequency;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists late and missing work for a period and a scope: who has no SKP of the year or no
 * approved one after the SKP deadline, who has not written the daily log in the last
 * working days, whose realisation report of the period is not submitted after its
 * deadline (the agency's setting, moved by an extension for the employee's unit or a unit
 * above it) or was submitted late, and whose submitted report still waits for the pejabat
 * penilai. The scope is a unit with its subtree, a supervisor's subordinates (direct, or
 * the whole line below), or the whole agency; people are counted by the definitive post
 * they hold today.
 *
 * <p>
 * Who may ask: Admin BKPSDM and Auditor for anything of their agency; an Admin OPD for
 * the units it administers and the supervisors in them; a supervisor for their own
 * subordinates and the teams of the supervisors below them; everyone else is refused
 * (403). Reads only, in a handful of set-based queries per thousand people, whatever the
 * scope's size.
 */
@Service
@Transactional(readOnly = true)
public class LateWorkService {

	/** The default and the limits of the daily-log window, in working days. */
	static final int DEFAULT_DAYS = 5;

	static final int MAX_DAYS = 60;

	private final JdbcClient jdbc;

	private final UnitRepository units;

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final ReportingLines lines;

	private final PostHoldings holdings;

	private final PeriodService periods;

	private final Deadlines deadlines;

	LateWorkService(JdbcClient jdbc, UnitRepository units, EmployeeRepository employees, EmployeeDirectory directory,
			ReportingLines lines, PostHoldings holdings, PeriodService periods, Deadlines deadlines) {
		this.jdbc = jdbc;
		this.units = units;
		this.employees = employees;
		this.directory = directory;
		this.lines = lines;
		this.holdings = holdings;
		this.periods = periods;
		this.deadlines = deadlines;
	}

	/**
	 * The question as asked; every part may be left out.
	 *
	 * @param unit a unit's code (its subtree)
	 * @param supervisor a supervisor's NIP (their subordinates)
	 * @param line with a supervisor: {@code true} for the whole line below, not only the
	 * direct subordinates
	 * @param period a period code of the agency's frequency; by default the latest period
	 * whose deadline has passed
	 * @param kind only the rows of this kind
	 * @param days the daily-log window in working days, 1 to 60 (default 5)
	 */
	public record Query(@Nullable String unit, @Nullable String supervisor, @Nullable String line,
			@Nullable String period, @Nullable String kind, @Nullable String days) {

		/** The question with nothing asked: the defaults. */
		public static Query defaults() {
			return new Query(null, null, null, null, null, null);
		}

	}

	/**
	 * One person's late or missing piece of work.
	 *
	 * @param kind what is late or missing
	 * @param nip the employee's NIP
	 * @param name the name with titles
	 * @param unitCode the unit of the definitive post today
	 * @param unitName the unit's name
	 * @param position the post's name
	 * @param supervisorNip the direct supervisor today (the pejabat penilai who owes an
	 * acknowledgement), null for the regional head or none
	 * @param supervisorName the supervisor's name with titles
	 * @param period the period of a realisation kind, null for the others
	 * @param deadline the deadline that applies (with an extension; for a late submission
	 * the standard one it was late against), null for the daily log
	 * @param since since when it is missing: the deadline, the last daily log entry (null
	 * when there never was one), or the day of submission
	 * @param days days late (past the deadline), working days without a log entry (null
	 * when there never was one), or days waiting for the acknowledgement
	 */
	public record Row(LateKind kind, String nip, String name, @Nullable String unitCode, @Nullable String unitName,
			@Nullable String position, @Nullable String supervisorNip, @Nullable String supervisorName,
			@Nullable String period, @Nullable LocalDate deadline, @Nullable LocalDate since, @Nullable Long days) {
	}

	/**
	 * The answer.
	 *
	 * @param period the period's code
	 * @param periodStart its first day
	 * @param periodEnd its last day
	 * @param deadline the agency's realisation deadline of the period (before extensions)
	 * @param currentPeriod the code of the period that holds today
	 * @param skpDeadline the SKP deadline of the period's year
	 * @param days the daily-log window in working days
	 * @param logWindowStart the first day of that window
	 * @param scope what was looked at: {@code AGENCY}, {@code UNIT}, {@code SUPERVISOR}
	 * or {@code LINE}
	 * @param scopeName the unit's code or the supervisor's NIP, null for the agency or an
	 * Admin OPD's own units
	 * @param people how many people the scope holds
	 * @param counts rows per kind, every kind present (before the kind filter)
	 * @param total the rows of the kind asked for (or all), before any limit
	 * @param rows the rows, of the kind asked for or all
	 */
	public record Report(String period, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline,
			String currentPeriod, LocalDate skpDeadline, int days, LocalDate logWindowStart, String scope,
			@Nullable String scopeName, int people, Map<LateKind, Long> counts, long total, List<Row> rows) {
	}

	/** Who is in scope, as worked out from the query and the actor's rights. */
	private record Scope(String kind, @Nullable String name, @Nullable Set<Long> unitIds,
			@Nullable Set<Long> employeeIds) {
	}

	/** Answer the query for the signed-in actor, with every row. */
	public Report report(Query query) {
		return report(query, Integer.MAX_VALUE);
	}

	/**
	 * Answer the query for the signed-in actor with at most {@code limit} rows (the
	 * longest late first within each kind); the counts are always whole. Names, posts and
	 * supervisors are looked up only for the rows returned.
	 */
	public Report report(Query query, int limit) {
		Actor actor = actor();
		LocalDate today = this.deadlines.today();
		List<FieldProblem> problems = new ArrayList<>();
		int days = days(query.days(), problems);
		LateKind kind = kind(query.kind(), problems);
		boolean line = line(query.line(), problems);
		ReportingPeriod period = period(actor.agencyId(), query.period(), today, problems);
		Map<String, Unit> unitsByCode = new HashMap<>();
		this.units.findByAgencyIdOrderByCode(actor.agencyId()).forEach((unit) -> unitsByCode.put(unit.getCode(), unit));
		Unit unit = null;
		if (query.unit() != null && !query.unit().isBlank()) {
			unit = unitsByCode.get(query.unit().strip());
			if (unit == null) {
				problems.add(new FieldProblem("unit", "monitoring.late.unit.unknown", query.unit().strip()));
			}
		}
		Employee supervisor = null;
		if (query.supervisor() != null && !query.supervisor().isBlank()) {
			supervisor = this.employees.findByNip(query.supervisor().strip())
				.filter((found) -> found.getAgencyId() == actor.agencyId())
				.orElse(null);
			if (supervisor == null) {
				problems.add(new FieldProblem("supervisor", "monitoring.late.supervisor.unknown",
						query.supervisor().strip()));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		Scope scope = scope(actor, unit, supervisor, line, unitsByCode.values(), today);
		return report(actor.agencyId(), scope, period, kind, days, today, limit);
	}

	/**
	 * Return the counts of the signed-in supervisor's direct subordinates for the default
	 * period; refused (403) for someone without subordinates.
	 */
	public Report teamSummary() {
		Actor actor = actor();
		if (actor.employeeId() == null) {
			throw denied();
		}
		LocalDate today = this.deadlines.today();
		Set<Long> team = this.lines.directSubordinates(actor.employeeId(), today);
		if (team.isEmpty()) {
			throw denied();
		}
		List<FieldProblem> none = new ArrayList<>();
		return report(actor.agencyId(), new Scope("SUPERVISOR", actor.username(), null, team),
				period(actor.agencyId(), null, today, none), null, DEFAULT_DAYS, today, 0);
	}

	/**
	 * Return the periods offered in a picker: those of the year of today and the year
	 * before, up to the current one, newest first.
	 */
	public List<String> recentPeriods() {
		Actor actor = actor();
		LocalDate today = this.deadlines.today();
		ReportingPeriod current = current(actor.agencyId(), today);
		List<String> codes = new ArrayList<>();
		ReportingPeriod at = current;
		while (at.year() >= today.getYear() - 1) {
			codes.add(at.code());
			at = previous(actor.agencyId(), at);
		}
		return codes;
	}

	/** Return the units the actor may pick (all for Admin BKPSDM and Auditor). */
	public List<Unit> pickableUnits() {
		Actor actor = actor();
		List<Unit> all = this.units.findByAgencyIdOrderByCode(actor.agencyId());
		if (seesAll(actor)) {
			return all;
		}
		Set<String> paths = adminPaths(actor, all);
		return all.stream()
			.filter((unit) -> paths.stream().anyMatch((path) -> unit.getPath().startsWith(path)))
			.toList();
	}

	private Scope scope(Actor actor, @Nullable Unit unit, @Nullable Employee supervisor, boolean line,
			Collection<Unit> allUnits, LocalDate today) {
		boolean all = seesAll(actor);
		Set<String> adminPaths = adminPaths(actor, allUnits);
		Long self = actor.employeeId();
		Set<Long> unitIds = null;
		if (unit != null) {
			String path = unit.getPath();
			if (!all && adminPaths.stream().noneMatch(path::startsWith)) {
				throw denied();
			}
			unitIds = new HashSet<>();
			for (Unit candidate : allUnits) {
				if (candidate.getPath().startsWith(path)) {
					unitIds.add(candidate.getId());
				}
			}
		}
		if (supervisor != null) {
			long id = supervisor.getId();
			boolean allowed = all || Long.valueOf(id).equals(self)
					|| (self != null && this.lines.isAbove(self, id, today))
					|| (!adminPaths.isEmpty() && this.directory.administers(id));
			if (!allowed) {
				throw denied();
			}
			Set<Long> team = line ? this.lines.allSubordinates(id, today) : this.lines.directSubordinates(id, today);
			return new Scope(line ? "LINE" : "SUPERVISOR", supervisor.getNip(), unitIds, team);
		}
		if (unit != null) {
			return new Scope("UNIT", unit.getCode(), unitIds, null);
		}
		if (all) {
			return new Scope("AGENCY", null, null, null);
		}
		if (!adminPaths.isEmpty()) {
			Set<Long> administered = new HashSet<>();
			for (Unit candidate : allUnits) {
				if (adminPaths.stream().anyMatch(candidate.getPath()::startsWith)) {
					administered.add(candidate.getId());
				}
			}
			return new Scope("UNIT", null, administered, null);
		}
		if (self != null) {
			Set<Long> team = line ? this.lines.allSubordinates(self, today)
					: this.lines.directSubordinates(self, today);
			if (!team.isEmpty()) {
				return new Scope(line ? "LINE" : "SUPERVISOR", actor.username(), null, team);
			}
		}
		throw denied();
	}

	private Report report(long agencyId, Scope scope, ReportingPeriod period, @Nullable LateKind only, int days,
			LocalDate today, int limit) {
		LocalDate deadline = this.deadlines.standardDeadline(agencyId, period);
		LocalDate skpDeadline = this.periods.year(agencyId, period.year()).getSkpDeadline();
		LocalDate windowStart = windowStart(today, days);
		Map<Long, Person> people = people(agencyId, scope, period, today);
		Map<String, LocalDate> extensions = extensions(agencyId, period.code());
		List<Draft> drafts = new ArrayList<>();
		for (Person person : people.values()) {
			if (!person.hasSkp) {
				drafts.add(new Draft(LateKind.NO_SKP, person, null, skpDeadline, skpDeadline,
						Math.max(0, ChronoUnit.DAYS.between(skpDeadline, today))));
			}
			else if (!person.approved && today.isAfter(skpDeadline)) {
				drafts.add(new Draft(LateKind.SKP_NOT_APPROVED, person, null, skpDeadline, skpDeadline,
						ChronoUnit.DAYS.between(skpDeadline, today)));
			}
			if (person.lastLog == null || person.lastLog.isBefore(windowStart)) {
				drafts.add(new Draft(LateKind.NO_DAILY_LOG, person, null, null, person.lastLog,
						(person.lastLog != null) ? workingDaysBetween(person.lastLog, today) : null));
			}
			LocalDate due = extended(deadline, person.unitPath, extensions);
			String status = person.reportStatus;
			boolean submitted = "SUBMITTED".equals(status) || "ACKNOWLEDGED".equals(status);
			if (!submitted && person.approved && today.isAfter(due)) {
				drafts.add(new Draft(LateKind.NOT_SUBMITTED, person, period.code(), due, due,
						ChronoUnit.DAYS.between(due, today)));
			}
			// Late is against the standard deadline, as the submission recorded it.
			if (person.submittedLate && person.submittedOn != null) {
				drafts.add(new Draft(LateKind.SUBMITTED_LATE, person, period.code(), deadline, person.submittedOn,
						Math.max(0, ChronoUnit.DAYS.between(deadline, person.submittedOn))));
			}
			if ("SUBMITTED".equals(status) && person.submittedOn != null) {
				drafts.add(new Draft(LateKind.NOT_ACKNOWLEDGED, person, period.code(), due, person.submittedOn,
						Math.max(0, ChronoUnit.DAYS.between(person.submittedOn, today))));
			}
		}
		Map<LateKind, Long> counts = new EnumMap<>(LateKind.class);
		for (LateKind each : LateKind.values()) {
			counts.put(each, 0L);
		}
		drafts.forEach((draft) -> counts.merge(draft.kind, 1L, Long::sum));
		long matching = drafts.stream().filter((draft) -> only == null || draft.kind == only).count();
		List<Draft> shown = drafts.stream()
			.filter((draft) -> only == null || draft.kind == only)
			.sorted(Comparator.comparing(Draft::kind)
				.thenComparing((draft) -> (draft.days() != null) ? -draft.days() : Long.MIN_VALUE))
			.limit(limit)
			.toList();
		List<Row> rows = rows(shown, today);
		ReportingPeriod current = current(agencyId, today);
		return new Report(period.code(), period.start(), period.end(), deadline, current.code(), skpDeadline, days,
				windowStart, scope.kind(), scope.name(), people.size(), counts, matching, rows);
	}

	/** An employee of the scope with the facts the kinds are decided on. */
	private static final class Person {

		long id;

		@Nullable String unitPath;

		boolean hasSkp;

		boolean approved;

		@Nullable LocalDate lastLog;

		@Nullable String reportStatus;

		@Nullable LocalDate submittedOn;

		boolean submittedLate;

	}

	private record Draft(LateKind kind, Person person, @Nullable String period, @Nullable LocalDate deadline,
			@Nullable LocalDate since, @Nullable Long days) {
	}

	private static final String IN_SCOPE = """
			pl.agency_id = :agency AND pl.kind = 'DEFINITIF' AND pl.employee_status = 'ACTIVE'
			  AND pl.start_date <= :today AND (pl.end_date IS NULL OR pl.end_date >= :today)""";

	/**
	 * Read everyone in scope with their plan, last log entry and report of the period:
	 * two queries per thousand people of a supervisor's team, two for a unit or the
	 * agency. The plan and the last log entry are index probes per person (skp and
	 * daily_log by employee); on PostgreSQL with 100,000 people the first query took
	 * about 1.8 s for the agency and 0.13 s for a unit of 2,500 (a loaded 2-core
	 * machine).
	 */
	private Map<Long, Person> people(long agencyId, Scope scope, ReportingPeriod period, LocalDate today) {
		Map<Long, Person> people = new LinkedHashMap<>();
		Map<Long, String> unitPaths = new HashMap<>();
		this.units.findByAgencyIdOrderByCode(agencyId).forEach((unit) -> unitPaths.put(unit.getId(), unit.getPath()));
		List<List<Long>> chunks = new ArrayList<>();
		if (scope.employeeIds() != null) {
			List<Long> ids = List.copyOf(scope.employeeIds());
			if (ids.isEmpty()) {
				return people;
			}
			for (int from = 0; from < ids.size(); from += JdbcBatches.BATCH_SIZE) {
				chunks.add(ids.subList(from, Math.min(ids.size(), from + JdbcBatches.BATCH_SIZE)));
			}
		}
		else {
			chunks.add(null);
		}
		if (scope.unitIds() != null && scope.unitIds().isEmpty()) {
			return people;
		}
		for (List<Long> chunk : chunks) {
			StringBuilder where = new StringBuilder(" ").append(IN_SCOPE);
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("agency", agencyId)
				.addValue("today", today)
				.addValue("year", period.year())
				.addValue("period", period.code());
			if (scope.unitIds() != null) {
				where.append(" AND pl.unit_id IN (:units)");
				params.addValue("units", List.copyOf(scope.unitIds()));
			}
			if (chunk != null) {
				where.append(" AND pl.employee_id IN (:ids)");
				params.addValue("ids", chunk);
			}
			this.jdbc
				.sql("""
						SELECT pl.employee_id, pl.unit_id,
						  (SELECT max(CASE WHEN s.status = 'APPROVED' THEN 2 ELSE 1 END) FROM skp s
						       WHERE s.employee_id = pl.employee_id AND s.skp_year = :year AND s.status <> 'CLOSED') AS plan_state,
						  (SELECT max(d.log_date) FROM daily_log d WHERE d.employee_id = pl.employee_id
						       AND d.log_date <= :today AND d.voided = FALSE) AS last_log
						FROM employee_placement pl
						WHERE """
						+ where)
				.paramSource(params)
				.query((rs, row) -> {
					Person person = new Person();
					person.id = rs.getLong("employee_id");
					person.unitPath = unitPaths.get(rs.getLong("unit_id"));
					int plan = rs.getInt("plan_state");
					person.hasSkp = plan > 0;
					person.approved = plan == 2;
					person.lastLog = rs.getObject("last_log", LocalDate.class);
					return person;
				})
				.list()
				.forEach((person) -> people.putIfAbsent(person.id, person));
			// A report of the period per SKP: an employee who moved mid-year may have
			// two;
			// the furthest along counts.
			this.jdbc.sql("""
					SELECT r.employee_id, r.status, r.submitted_at, r.submitted_late
					FROM realisation_report r
					WHERE r.agency_id = :agency AND r.period_code = :period
					  AND r.employee_id IN (SELECT pl.employee_id FROM employee_placement pl WHERE """ + where + ")")
				.paramSource(params)
				.query((rs, row) -> {
					Person person = people.get(rs.getLong("employee_id"));
					if (person != null) {
						String status = rs.getString("status");
						if (person.reportStatus == null || rank(status) > rank(person.reportStatus)) {
							person.reportStatus = status;
							OffsetDateTime at = rs.getObject("submitted_at", OffsetDateTime.class);
							person.submittedOn = (at != null)
									? at.atZoneSameInstant(this.deadlines.zone()).toLocalDate() : null;
							person.submittedLate = rs.getBoolean("submitted_late");
						}
					}
					return 0;
				})
				.list();
		}
		return people;
	}

	private static int rank(String status) {
		return switch (status) {
			case "ACKNOWLEDGED" -> 4;
			case "SUBMITTED" -> 3;
			case "RETURNED" -> 2;
			default -> 1;
		};
	}

	/** The extensions of the period: the latest new deadline per unit path. */
	private Map<String, LocalDate> extensions(long agencyId, String periodCode) {
		Map<Long, String> unitPaths = new HashMap<>();
		Map<String, LocalDate> result = new HashMap<>();
		List<Object[]> found = this.jdbc.sql(
				"SELECT unit_id, new_deadline FROM deadline_extension WHERE agency_id = :agency AND period_code = :period"
						+ " AND revoked = FALSE")
			.param("agency", agencyId)
			.param("period", periodCode)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getObject(2, LocalDate.class) })
			.list();
		if (found.isEmpty()) {
			return result;
		}
		this.units.findByAgencyIdOrderByCode(agencyId).forEach((unit) -> unitPaths.put(unit.getId(), unit.getPath()));
		for (Object[] extension : found) {
			String path = unitPaths.get((Long) extension[0]);
			if (path != null) {
				result.merge(path, (LocalDate) extension[1], (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		return result;
	}

	/**
	 * The deadline for someone in the unit: the agency's, or the latest extension granted
	 * for the unit or a unit above it when that is later.
	 */
	static LocalDate extended(LocalDate deadline, @Nullable String unitPath, Map<String, LocalDate> extensions) {
		LocalDate due = deadline;
		if (unitPath != null) {
			for (Map.Entry<String, LocalDate> extension : extensions.entrySet()) {
				if (unitPath.startsWith(extension.getKey()) && extension.getValue().isAfter(due)) {
					due = extension.getValue();
				}
			}
		}
		return due;
	}

	/** Add names, units, posts and supervisors, in batches; order the rows. */
	private List<Row> rows(List<Draft> drafts, LocalDate today) {
		Set<Long> ids = new HashSet<>();
		drafts.forEach((draft) -> ids.add(draft.person.id));
		Map<Long, Supervisor> supervisors = this.lines.supervisorsOf(ids, today);
		Set<Long> everyone = new HashSet<>(ids);
		supervisors.values().forEach((supervisor) -> {
			if (supervisor.employeeId() != null) {
				everyone.add(supervisor.employeeId());
			}
		});
		Map<Long, PostHoldings.Holding> held = this.holdings.of(everyone, today);
		List<Row> rows = new ArrayList<>();
		for (Draft draft : drafts) {
			PostHoldings.Holding holding = held.get(draft.person.id);
			if (holding == null) {
				continue;
			}
			Supervisor supervisor = supervisors.get(draft.person.id);
			PostHoldings.Holding above = (supervisor != null && supervisor.employeeId() != null)
					? held.get(supervisor.employeeId()) : null;
			rows.add(new Row(draft.kind, holding.nip(), holding.fullName(), holding.unitCode(), holding.unitName(),
					holding.positionName(), (above != null) ? above.nip() : null,
					(above != null) ? above.fullName() : null, draft.period, draft.deadline, draft.since, draft.days));
		}
		// By kind; what a supervisor owes grouped under the supervisor; the longest waits
		// first; then by name.
		rows.sort(Comparator.comparing(Row::kind)
			.thenComparing((row) -> (row.kind() == LateKind.NOT_ACKNOWLEDGED && row.supervisorName() != null)
					? row.supervisorName() : "")
			.thenComparing((row) -> (row.days() != null) ? -row.days() : Long.MIN_VALUE)
			.thenComparing(Row::name));
		return rows;
	}

	/**
	 * The first day of the last {@code days} working days (Monday to Friday) before
	 * today.
	 */
	static LocalDate windowStart(LocalDate today, int days) {
		LocalDate day = today;
		int counted = 0;
		while (counted < days) {
			day = day.minusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return day;
	}

	/** The working days after {@code last} and before {@code today}. */
	static long workingDaysBetween(LocalDate last, LocalDate today) {
		long count = 0;
		for (LocalDate day = last.plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				count++;
			}
		}
		return count;
	}

	private ReportingPeriod period(long agencyId, @Nullable String code, LocalDate today, List<FieldProblem> problems) {
		if (code == null || code.isBlank()) {
			ReportingPeriod period = previous(agencyId, current(agencyId, today));
			while (!today.isAfter(this.deadlines.standardDeadline(agencyId, period))) {
				period = previous(agencyId, period);
			}
			return period;
		}
		String written = code.strip();
		if (written.length() >= 4 && written.substring(0, 4).chars().allMatch(Character::isDigit)) {
			int year = Integer.parseInt(written.substring(0, 4));
			if (year < 2020 || year > 2100) {
				problems.add(new FieldProblem("period", "monitoring.late.period.year", 2020, 2100));
				return current(agencyId, today);
			}
		}
		try {
			return this.deadlines.period(agencyId, written, "period");
		}
		catch (FieldsRejectedException ex) {
			problems.addAll(ex.getProblems());
			return current(agencyId, today);
		}
	}

	private ReportingPeriod current(long agencyId, LocalDate today) {
		return ReportingPeriod.containing(today, frequency(agencyId, today.getYear()));
	}

	private ReportingPeriod previous(long agencyId, ReportingPeriod period) {
		LocalDate dayBefore = period.start().minusDays(1);
		return ReportingPeriod.containing(dayBefore, frequency(agencyId, dayBefore.getYear()));
	}

	private EvaluationFrequency frequency(long agencyId, int year) {
		return this.periods.year(agencyId, year).getFrequency();
	}

	private static int days(@Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return DEFAULT_DAYS;
		}
		try {
			int days = Integer.parseInt(value.strip());
			if (days >= 1 && days <= MAX_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below, like a number out of range.
		}
		problems.add(new FieldProblem("days", "monitoring.late.days.range", 1, MAX_DAYS));
		return DEFAULT_DAYS;
	}

	private static @Nullable LateKind kind(@Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LateKind.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("kind", "monitoring.late.kind.unknown", value.strip()));
			return null;
		}
	}

	private static boolean line(@Nullable String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank() || "false".equalsIgnoreCase(value.strip())) {
			return false;
		}
		if ("true".equalsIgnoreCase(value.strip())) {
			return true;
		}
		problems.add(new FieldProblem("line", "monitoring.late.line.invalid"));
		return false;
	}

	private static boolean seesAll(Actor actor) {
		return actor.hasRole("ADMIN_BKPSDM") || actor.hasRole("AUDITOR");
	}

	private static Set<String> adminPaths(Actor actor, Collection<Unit> allUnits) {
		Set<String> paths = new HashSet<>();
		for (Unit unit : allUnits) {
			if (actor.adminUnitIds().contains(unit.getId())) {
				paths.add(unit.getPath());
			}
		}
		return paths;
	}

	private static KinerjaException denied() {
		return new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.late.denied");
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}
