package id.kinerja.monitoring.board;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.employee.PostHoldings;
import id.kinerja.employee.ReportingLines;
import id.kinerja.monitoring.Deadlines;
import id.kinerja.monitoring.ReportingPeriod;
import id.kinerja.planning.PerformancePeriod;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's team board and the employee's own standing: for each person the SKP of
 * the year, the period's realisation report, the achievement per RHK, what is overdue and
 * the last activity. A board is a handful of set-based queries whatever the team's size.
 * The team is always the caller's own direct subordinates today (acting posts included);
 * the standing is always the caller's own.
 */
@Service
@Transactional(readOnly = true)
class TeamBoard {

	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2100;

	private final JdbcClient jdbc;

	private final ReportingLines lines;

	private final PostHoldings holdings;

	private final PeriodService periods;

	private final Deadlines deadlines;

	TeamBoard(JdbcClient jdbc, ReportingLines lines, PostHoldings holdings, PeriodService periods,
			Deadlines deadlines) {
		this.jdbc = jdbc;
		this.lines = lines;
		this.holdings = holdings;
		this.periods = periods;
		this.deadlines = deadlines;
	}

	/**
	 * The achievement of one RHK: the average of its indicators' achievement in the
	 * period, or in the latest earlier period with any.
	 *
	 * @param rhkId the RHK
	 * @param number its number in the plan
	 * @param text what it plans
	 * @param achievement percent, null when nothing was realised yet
	 * @param period the period the figure is from
	 */
	record RhkProgress(long rhkId, int number, String text, @Nullable BigDecimal achievement, @Nullable String period) {
	}

	/** What is overdue or waiting. */
	enum OverdueKind {

		/** The SKP is not submitted and the SKP deadline has passed. */
		SKP_LATE,
		/** The SKP waits for the pejabat penilai's approval. */
		SKP_WAITING,
		/** A period's realisation is not submitted and its deadline has passed. */
		REALISATION_LATE,
		/** A submitted realisation waits for the pejabat penilai's acknowledgement. */
		REALISATION_WAITING

	}

	/**
	 * One overdue or waiting item.
	 *
	 * @param kind what it is
	 * @param period the period concerned, null for the SKP
	 */
	record Overdue(OverdueKind kind, @Nullable String period) {
	}

	/**
	 * One person's standing.
	 *
	 * @param employeeId the employee
	 * @param nip the NIP
	 * @param name the name with titles
	 * @param position the post held today
	 * @param skpId the plan of the year, null when none was started
	 * @param skpStatus where the plan stands ({@code NONE} without one)
	 * @param reportStatus where the period's realisation report stands ({@code NONE},
	 * {@code DRAFT}, {@code SUBMITTED}, {@code ACKNOWLEDGED}, {@code RETURNED})
	 * @param reportLate whether it was submitted after the deadline
	 * @param rhks the achievement per RHK
	 * @param overdue what is overdue or waiting
	 * @param lastActivity the latest change of a daily log entry, a realisation or the
	 * SKP
	 */
	record Member(long employeeId, String nip, String name, @Nullable String position, @Nullable Long skpId,
			String skpStatus, String reportStatus, boolean reportLate, List<RhkProgress> rhks, List<Overdue> overdue,
			@Nullable Instant lastActivity) {
	}

	/**
	 * A board: the members of one year and period with the year's deadlines.
	 *
	 * @param year the year
	 * @param period the period shown
	 * @param periods every period of the year
	 * @param skpDeadline the last day to submit the SKP
	 * @param periodDeadline the last day to submit the period's realisation
	 * @param members the team (or the caller alone), by name
	 */
	record Board(int year, String period, List<String> periods, LocalDate skpDeadline, LocalDate periodDeadline,
			List<Member> members) {
	}

	/** Return the board of the caller's direct subordinates today. */
	Board team(@Nullable String year, @Nullable String period) {
		Actor actor = actor();
		LocalDate today = this.deadlines.today();
		Set<Long> team = (actor.employeeId() != null) ? this.lines.directSubordinates(actor.employeeId(), today)
				: Set.of();
		return board(actor, team, year, period, today);
	}

	/** Return the caller's own standing; refused for an account that is no employee. */
	Board standing(@Nullable String year, @Nullable String period) {
		Actor actor = actor();
		if (actor.employeeId() == null) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.board.employee-only");
		}
		return board(actor, Set.of(actor.employeeId()), year, period, this.deadlines.today());
	}

	private Board board(Actor actor, Set<Long> people, @Nullable String year, @Nullable String period,
			LocalDate today) {
		int shown = (year == null || year.isBlank()) ? today.getYear()
				: (year.strip().matches("\\d{4}") ? Integer.parseInt(year.strip()) : -1);
		if (shown < FIRST_YEAR || shown > LAST_YEAR) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("year", "monitoring.board.year.range", FIRST_YEAR, LAST_YEAR)));
		}
		PerformancePeriod settings = this.periods.year(actor.agencyId(), shown);
		List<ReportingPeriod> all = ReportingPeriod.all(shown, settings.getFrequency());
		ReportingPeriod selected;
		if (period == null || period.isBlank()) {
			selected = today.isBefore(all.get(0).start()) ? all.get(0)
					: all.stream()
						.filter((candidate) -> !today.isAfter(candidate.end()))
						.findFirst()
						.orElse(all.get(all.size() - 1));
		}
		else {
			selected = all.stream()
				.filter((candidate) -> candidate.code().equals(period.strip()))
				.findFirst()
				.orElseThrow(() -> new FieldsRejectedException(List.of(new FieldProblem("period",
						"monitoring.board.period.invalid", all.get(0).code(), all.get(all.size() - 1).code()))));
		}
		List<Member> members = members(actor.agencyId(), people, shown, settings, all, selected, today);
		return new Board(shown, selected.code(), all.stream().map(ReportingPeriod::code).toList(),
				settings.getSkpDeadline(), selected.deadline(settings.getRealisationDeadlineDay()), members);
	}

	private record Plan(long id, long employeeId, String status, LocalDate start, LocalDate end, Instant updatedAt) {
	}

	private record Report(long skpId, String period, String status, boolean late, Instant updatedAt) {
	}

	private record Rhk(long id, long skpId, int number, String text) {
	}

	private record Achieved(long rhkId, LocalDate periodStart, String period, @Nullable BigDecimal average,
			@Nullable Instant updatedAt) {
	}

	private List<Member> members(long agencyId, Set<Long> people, int year, PerformancePeriod settings,
			List<ReportingPeriod> all, ReportingPeriod selected, LocalDate today) {
		if (people.isEmpty()) {
			return List.of();
		}
		Map<Long, PostHoldings.Holding> held = this.holdings.of(people, today);
		held.values().removeIf((holding) -> holding.agencyId() != agencyId);
		if (held.isEmpty()) {
			return List.of();
		}
		Map<Long, Plan> plans = new HashMap<>();
		this.jdbc.sql("""
				SELECT id, employee_id, status, start_date, end_date, updated_at FROM skp
				WHERE employee_id IN (:ids) AND skp_year = :year AND agency_id = :agency""")
			.paramSource(new MapSqlParameterSource().addValue("ids", held.keySet())
				.addValue("year", year)
				.addValue("agency", agencyId))
			.query((rs, row) -> new Plan(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), instant(rs.getObject(6))))
			.list()
			.forEach((plan) -> plans.merge(plan.employeeId(), plan, TeamBoard::later));
		Map<Long, List<Rhk>> rhks = new HashMap<>();
		Map<Long, List<Report>> reports = new HashMap<>();
		Map<Long, List<Achieved>> achieved = new HashMap<>();
		if (!plans.isEmpty()) {
			Collection<Long> skpIds = plans.values().stream().map(Plan::id).toList();
			this.jdbc.sql("""
					SELECT id, skp_id, position_no, text FROM rhk WHERE skp_id IN (:skps) AND NOT removed
					ORDER BY skp_id, position_no""")
				.paramSource(new MapSqlParameterSource("skps", skpIds))
				.query((rs, row) -> new Rhk(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
				.list()
				.forEach((rhk) -> rhks.computeIfAbsent(rhk.skpId(), (key) -> new ArrayList<>()).add(rhk));
			this.jdbc.sql("""
					SELECT skp_id, period_code, status, submitted_late, updated_at FROM realisation_report
					WHERE skp_id IN (:skps)""")
				.paramSource(new MapSqlParameterSource("skps", skpIds))
				.query((rs, row) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
						instant(rs.getObject(5))))
				.list()
				.forEach((report) -> reports.computeIfAbsent(report.skpId(), (key) -> new ArrayList<>()).add(report));
			// The reports are narrowed by plan as well: with the realisations alone
			// PostgreSQL
			// hashed the whole realisation_report table (30 ms on a city of 15,000).
			this.jdbc.sql("""
					SELECT r.rhk_id, p.period_start, p.period_code, AVG(r.achievement), MAX(r.updated_at)
					FROM realisation r JOIN realisation_report p ON p.id = r.report_id
					WHERE r.skp_id IN (:skps) AND p.skp_id IN (:skps) AND p.period_start <= :until
					GROUP BY r.rhk_id, p.period_start, p.period_code""")
				.paramSource(new MapSqlParameterSource("skps", skpIds).addValue("until", selected.start()))
				.query((rs, row) -> new Achieved(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getBigDecimal(4), instant(rs.getObject(5))))
				.list()
				.forEach((figure) -> achieved.computeIfAbsent(figure.rhkId(), (key) -> new ArrayList<>()).add(figure));
		}
		Map<Long, Instant> logged = new HashMap<>();
		this.jdbc
			.sql("SELECT employee_id, MAX(updated_at) FROM daily_log WHERE employee_id IN (:ids) GROUP BY employee_id")
			.paramSource(new MapSqlParameterSource("ids", held.keySet()))
			.query((rs, row) -> new Object[] { rs.getLong(1), instant(rs.getObject(2)) })
			.list()
			.forEach((row) -> {
				if (row[1] != null) {
					logged.put((Long) row[0], (Instant) row[1]);
				}
			});
		PeriodDeadlines due = periodDeadlines(agencyId, settings, all, held.values());
		List<Member> members = new ArrayList<>();
		for (PostHoldings.Holding person : held.values()) {
			Plan plan = plans.get(person.employeeId());
			List<Report> own = (plan != null) ? reports.getOrDefault(plan.id(), List.of()) : List.of();
			Report current = own.stream()
				.filter((report) -> report.period().equals(selected.code()))
				.findFirst()
				.orElse(null);
			List<RhkProgress> progress = new ArrayList<>();
			Instant last = logged.get(person.employeeId());
			if (plan != null) {
				last = latest(last, plan.updatedAt());
				for (Report report : own) {
					last = latest(last, report.updatedAt());
				}
				for (Rhk rhk : rhks.getOrDefault(plan.id(), List.of())) {
					Achieved figure = achieved.getOrDefault(rhk.id(), List.of())
						.stream()
						.filter((candidate) -> candidate.average() != null)
						.max(Comparator.comparing(Achieved::periodStart))
						.orElse(null);
					for (Achieved any : achieved.getOrDefault(rhk.id(), List.of())) {
						last = latest(last, any.updatedAt());
					}
					progress.add(new RhkProgress(rhk.id(), rhk.number(), rhk.text(),
							(figure != null) ? figure.average().setScale(1, RoundingMode.HALF_UP) : null,
							(figure != null) ? figure.period() : null));
				}
			}
			members.add(new Member(person.employeeId(), person.nip(), person.fullName(), person.positionName(),
					(plan != null) ? plan.id() : null, (plan != null) ? plan.status() : "NONE",
					(current != null) ? current.status() : "NONE", current != null && current.late(), progress,
					overdue(settings, all, due.of(person.unitId()), plan, own, today), last));
		}
		members.sort(Comparator.comparing(Member::name).thenComparing(Member::nip));
		return members;
	}

	private static List<Overdue> overdue(PerformancePeriod settings, List<ReportingPeriod> all,
			Map<String, LocalDate> deadlines, @Nullable Plan plan, List<Report> reports, LocalDate today) {
		List<Overdue> items = new ArrayList<>();
		boolean unsubmitted = plan == null || "DRAFT".equals(plan.status()) || "RETURNED".equals(plan.status());
		if (unsubmitted && settings.getSkpDeadline().isBefore(today)) {
			items.add(new Overdue(OverdueKind.SKP_LATE, null));
		}
		if (plan != null && "SUBMITTED".equals(plan.status())) {
			items.add(new Overdue(OverdueKind.SKP_WAITING, null));
		}
		if (plan == null) {
			return items;
		}
		Map<String, Report> byPeriod = new TreeMap<>();
		reports.forEach((report) -> byPeriod.put(report.period(), report));
		for (ReportingPeriod period : all) {
			Report report = byPeriod.get(period.code());
			String status = (report != null) ? report.status() : "NONE";
			if (deadlines.get(period.code()).isBefore(today) && period.overlaps(plan.start(), plan.end())
					&& ("NONE".equals(status) || "DRAFT".equals(status) || "RETURNED".equals(status))) {
				items.add(new Overdue(OverdueKind.REALISATION_LATE, period.code()));
			}
			if ("SUBMITTED".equals(status)) {
				items.add(new Overdue(OverdueKind.REALISATION_WAITING, period.code()));
			}
		}
		return items;
	}

	/**
	 * The realisation deadline of each period for each unit: the agency's standard one,
	 * or a later one an admin granted to the unit or a unit above it. Two queries for the
	 * whole board, and none when the year has no extension.
	 */
	private record PeriodDeadlines(Map<String, LocalDate> standard, Map<String, List<Extension>> extensions,
			Map<Long, String> unitPaths) {

		Map<String, LocalDate> of(@Nullable Long unitId) {
			String path = (unitId != null) ? this.unitPaths.get(unitId) : null;
			if (path == null || this.extensions.isEmpty()) {
				return this.standard;
			}
			Map<String, LocalDate> result = new HashMap<>(this.standard);
			this.extensions.forEach((code, granted) -> {
				for (Extension extension : granted) {
					if (path.startsWith(extension.path()) && extension.deadline().isAfter(result.get(code))) {
						result.put(code, extension.deadline());
					}
				}
			});
			return result;
		}

	}

	private record Extension(String path, LocalDate deadline) {
	}

	private PeriodDeadlines periodDeadlines(long agencyId, PerformancePeriod settings, List<ReportingPeriod> all,
			Collection<PostHoldings.Holding> people) {
		Map<String, LocalDate> standard = new HashMap<>();
		all.forEach((period) -> standard.put(period.code(), period.deadline(settings.getRealisationDeadlineDay())));
		Map<String, List<Extension>> extensions = new HashMap<>();
		this.jdbc.sql("""
				SELECT e.period_code, e.new_deadline, u.path FROM deadline_extension e JOIN unit u ON u.id = e.unit_id
				WHERE e.agency_id = :agency AND e.revoked = FALSE AND e.period_code IN (:codes)""")
			.paramSource(new MapSqlParameterSource("agency", agencyId).addValue("codes", standard.keySet()))
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3) })
			.list()
			.forEach((row) -> {
				if (row[2] != null) {
					extensions.computeIfAbsent((String) row[0], (key) -> new ArrayList<>())
						.add(new Extension((String) row[2], (LocalDate) row[1]));
				}
			});
		Map<Long, String> paths = new HashMap<>();
		List<Long> units = people.stream()
			.map(PostHoldings.Holding::unitId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
		if (!extensions.isEmpty() && !units.isEmpty()) {
			this.jdbc.sql("SELECT id, path FROM unit WHERE id IN (:ids)")
				.paramSource(new MapSqlParameterSource("ids", units))
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
				.list()
				.forEach((row) -> {
					if (row[1] != null) {
						paths.put((Long) row[0], (String) row[1]);
					}
				});
		}
		return new PeriodDeadlines(standard, extensions, paths);
	}

	/**
	 * Of two plans of one year, the one that started last (the plan of the post held).
	 */
	private static Plan later(Plan one, Plan other) {
		boolean oneOpen = !"CLOSED".equals(one.status());
		boolean otherOpen = !"CLOSED".equals(other.status());
		if (oneOpen != otherOpen) {
			return oneOpen ? one : other;
		}
		return other.start().isAfter(one.start()) ? other : one;
	}

	private static @Nullable Instant latest(@Nullable Instant one, @Nullable Instant other) {
		if (one == null) {
			return other;
		}
		return (other != null && other.isAfter(one)) ? other : one;
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Timestamp time) {
			return time.toInstant();
		}
		if (value instanceof Instant time) {
			return time;
		}
		return null;
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}
