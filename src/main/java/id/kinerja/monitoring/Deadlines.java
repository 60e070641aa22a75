package id.kinerja.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitRepository;
import id.kinerja.agency.UnitService;
import id.kinerja.planning.PerformancePeriod;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The realisation deadlines: the agency's deadline day of the month after each period,
 * moved later for a unit (and the units below it) by an admin's extension. A deadline day
 * lasts to its end in the agency's time zone, and what counts is the moment a submission
 * was made.
 */
@Service
public class Deadlines {

	private final PeriodService periods;

	private final DeadlineExtensionRepository extensions;

	private final UnitService units;

	private final UnitRepository unitRows;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	Deadlines(PeriodService periods, DeadlineExtensionRepository extensions, UnitService units, UnitRepository unitRows,
			JdbcClient jdbc, Clock clock, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.periods = periods;
		this.extensions = extensions;
		this.units = units;
		this.unitRows = unitRows;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/** Return the agency's periods of the year (its evaluation frequency). */
	public List<ReportingPeriod> periodsOf(long agencyId, int year) {
		return ReportingPeriod.all(year, this.periods.year(agencyId, year).getFrequency());
	}

	/**
	 * Read a period code of the agency's frequency for that year, or refuse naming the
	 * field.
	 */
	public ReportingPeriod period(long agencyId, @Nullable String code, String field) {
		return window(agencyId, code, field).period();
	}

	/**
	 * A period of the agency's frequency with the agency's standard deadline, read from
	 * the year's settings at once.
	 *
	 * @param period the period
	 * @param standardDeadline its standard deadline (before any extension)
	 */
	public record Window(ReportingPeriod period, LocalDate standardDeadline) {
	}

	/**
	 * Read a period code of the agency's frequency for that year with its standard
	 * deadline (one read of the year's settings), or refuse naming the field.
	 */
	public Window window(long agencyId, @Nullable String code, String field) {
		if (code != null && code.strip().length() >= 4
				&& code.strip().substring(0, 4).chars().allMatch(Character::isDigit)) {
			int year = Integer.parseInt(code.strip().substring(0, 4));
			if (year >= 2000 && year <= 2999) {
				PerformancePeriod settings = this.periods.year(agencyId, year);
				ReportingPeriod period = ReportingPeriod.parse(code, settings.getFrequency());
				if (period != null) {
					return new Window(period, period.deadline(settings.getRealisationDeadlineDay()));
				}
				boolean wellFormed = java.util.Arrays.stream(id.kinerja.planning.EvaluationFrequency.values())
					.anyMatch((frequency) -> ReportingPeriod.parse(code, frequency) != null);
				if (!wellFormed) {
					throw new FieldsRejectedException(
							List.of(new FieldProblem(field, "monitoring.period.malformed", code.strip())));
				}
				throw new FieldsRejectedException(List.of(new FieldProblem(field, "monitoring.period.frequency",
						code.strip(), ReportingPeriod.of(year, 1, settings.getFrequency()).code())));
			}
		}
		throw new FieldsRejectedException(
				List.of(new FieldProblem(field, "monitoring.period.malformed", (code == null) ? "" : code.strip())));
	}

	/** Return the agency's standard deadline of the period. */
	public LocalDate standardDeadline(long agencyId, ReportingPeriod period) {
		return period.deadline(this.periods.year(agencyId, period.year()).getRealisationDeadlineDay());
	}

	/**
	 * Return the deadline of the period for the unit: the standard one, or the latest
	 * extension granted to the unit or a unit above it.
	 */
	public LocalDate deadline(long agencyId, @Nullable Long unitId, ReportingPeriod period) {
		return deadline(agencyId, unitId, period, standardDeadline(agencyId, period));
	}

	/**
	 * Return the deadline of the window's period for the unit: its standard deadline, or
	 * the latest extension granted to the unit or a unit above it.
	 */
	public LocalDate deadline(long agencyId, @Nullable Long unitId, Window window) {
		return deadline(agencyId, unitId, window.period(), window.standardDeadline());
	}

	private LocalDate deadline(long agencyId, @Nullable Long unitId, ReportingPeriod period, LocalDate standard) {
		if (unitId == null) {
			return standard;
		}
		LocalDate extended = this.jdbc.sql("""
				SELECT max(e.new_deadline) FROM deadline_extension e
				JOIN unit granted ON granted.id = e.unit_id
				JOIN unit target ON target.id = :unit
				WHERE e.agency_id = :agency AND e.period_code = :code AND e.revoked = FALSE
				  AND target.path LIKE granted.path || '%'
				""")
			.param("unit", unitId)
			.param("agency", agencyId)
			.param("code", period.code())
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		return (extended != null && extended.isAfter(standard)) ? extended : standard;
	}

	/**
	 * Whether a moment is still within the deadline day (to its end, in the agency's
	 * zone).
	 */
	public boolean within(Instant moment, LocalDate deadline) {
		return !moment.atZone(this.zone).toLocalDate().isAfter(deadline);
	}

	/** Return today in the agency's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/** Return the agency's time zone. */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Grant a later deadline of a period to a unit and the units below it, with the
	 * reason: Admin BKPSDM for any unit, Admin OPD for the units they keep.
	 */
	@Transactional
	public DeadlineExtension extend(@Nullable String unitCode, @Nullable String periodCode,
			@Nullable LocalDate newDeadline, @Nullable String reason) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		if (unitCode == null || unitCode.isBlank()) {
			throw new FieldsRejectedException(List.of(new FieldProblem("unit", "monitoring.extension.unit.required")));
		}
		Unit unit = this.units.require(actor.agencyId(), unitCode.strip());
		if (!mayExtend(actor, unit)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.extension.denied");
		}
		ReportingPeriod period = period(actor.agencyId(), periodCode, "period");
		List<FieldProblem> problems = new java.util.ArrayList<>();
		LocalDate standard = standardDeadline(actor.agencyId(), period);
		if (newDeadline == null) {
			problems.add(new FieldProblem("deadline", "monitoring.extension.deadline.required"));
		}
		else if (!newDeadline.isAfter(standard)) {
			problems.add(new FieldProblem("deadline", "monitoring.extension.deadline.after", standard));
		}
		else if (newDeadline.isAfter(standard.plusMonths(3))) {
			problems
				.add(new FieldProblem("deadline", "monitoring.extension.deadline.too-late", standard.plusMonths(3)));
		}
		String why = (reason == null) ? "" : reason.strip();
		if (why.length() < 10) {
			problems.add(new FieldProblem("reason", "monitoring.extension.reason.required"));
		}
		else if (why.length() > 1000) {
			problems.add(new FieldProblem("reason", "planning.text.size", 1000));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		return this.extensions
			.save(DeadlineExtension.grant(actor.agencyId(), unit.getId(), period.code(), newDeadline, why));
	}

	/** Revoke an extension (the standard deadline, or another extension, holds again). */
	@Transactional
	public void revoke(long extensionId) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		DeadlineExtension extension = this.extensions.findById(extensionId)
			.filter((found) -> found.getAgencyId() == actor.agencyId() && !found.isRevoked())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.extension.not-found"));
		Unit unit = unit(extension.getUnitId());
		if (!mayExtend(actor, unit)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.extension.denied");
		}
		extension.revoke();
		this.extensions.save(extension);
	}

	/** List the extensions in force in the actor's agency, newest first. */
	@Transactional(readOnly = true)
	public List<ExtensionView> extensions() {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		return this.extensions.findByAgencyIdAndRevokedFalseOrderByIdDesc(actor.agencyId()).stream().map((e) -> {
			Unit unit = unit(e.getUnitId());
			return new ExtensionView(e.getId(), unit.getCode(), unit.getName(), e.getPeriodCode(), e.getNewDeadline(),
					e.getReason(), e.getCreatedBy(), e.getCreatedAt(), mayExtend(actor, unit));
		}).toList();
	}

	/**
	 * An extension as listed.
	 *
	 * @param id the extension
	 * @param unitCode the unit's code
	 * @param unitName the unit's name
	 * @param period the period
	 * @param deadline the new deadline
	 * @param reason why it was granted
	 * @param grantedBy who granted it
	 * @param grantedAt when
	 * @param revocable whether the actor may revoke it
	 */
	public record ExtensionView(long id, String unitCode, String unitName, String period, LocalDate deadline,
			String reason, @Nullable String grantedBy, @Nullable Instant grantedAt, boolean revocable) {
	}

	/** Whether the actor may grant extensions to some unit. */
	public static boolean mayExtendAny(Actor actor) {
		return actor.hasRole("ADMIN_BKPSDM") || !actor.adminUnitIds().isEmpty();
	}

	private Unit unit(long id) {
		return this.unitRows.findById(id).orElseThrow();
	}

	private boolean mayExtend(Actor actor, Unit unit) {
		if (actor.hasRole("ADMIN_BKPSDM")) {
			return true;
		}
		for (Long root : actor.adminUnitIds()) {
			Unit admin = unit(root);
			if (unit.getPath().startsWith(admin.getPath())) {
				return true;
			}
		}
		return false;
	}

}
