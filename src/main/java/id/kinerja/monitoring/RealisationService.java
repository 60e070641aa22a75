package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.kinerja.planning.Approach;
import id.kinerja.planning.Aspect;
import id.kinerja.planning.PlanHeader;
import id.kinerja.planning.PlanningAccess;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpStatus;
import id.kinerja.planning.SkpView;
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
 * Periodic realisation (realisasi). The owner of an approved SKP reports each indicator
 * for each period of the agency's frequency — from the period's first day to its deadline
 * (moved by an extension for the unit) — then submits the period's report; the pejabat
 * penilai acknowledges it or returns it asking for more. Another system may report values
 * for the indicators its client token allows. Every write is one transaction and audited;
 * the time a submission was made is what counts against the deadline.
 */
@Service
public class RealisationService {

	private static final int TEXT = 2000;

	private final RealisationReportRepository reports;

	private final RealisationRepository realisations;

	private final SkpQueries plans;

	private final PlanningAccess access;

	private final Deadlines deadlines;

	private final EvidenceFiles evidence;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RealisationService(RealisationReportRepository reports, RealisationRepository realisations, SkpQueries plans,
			PlanningAccess access, Deadlines deadlines, EvidenceFiles evidence, ApplicationEventPublisher events,
			Clock clock) {
		this.reports = reports;
		this.realisations = realisations;
		this.plans = plans;
		this.access = access;
		this.deadlines = deadlines;
		this.evidence = evidence;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A realisation as sent.
	 *
	 * @param period the period's code
	 * @param indicatorId the indicator
	 * @param value the realised value: a number for a measured indicator, a description
	 * otherwise
	 * @param budget the period's budget, for a Biaya indicator
	 * @param note what was done
	 * @param obstacle the obstacle, required below target
	 * @param cause its cause, required below target
	 * @param fix the planned fix, required below target
	 */
	public record RealisationInput(@Nullable String period, @Nullable Long indicatorId, @Nullable String value,
			@Nullable String budget, @Nullable String note, @Nullable String obstacle, @Nullable String cause,
			@Nullable String fix) {
	}

	/**
	 * The outcome of a write.
	 *
	 * @param realisation the realisation as stored
	 * @param created whether it is new
	 * @param period the code of its period
	 */
	public record Saved(Realisation realisation, boolean created, String period) {
	}

	/** Write (or change) the realisation of an indicator of the caller's own plan. */
	@Transactional
	public Saved record(long skpId, RealisationInput input, @Nullable Long expectedVersion) {
		PlanHeader skp = this.plans.ownHeader(skpId)
			.orElseThrow(() -> new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.realisation.owner-only"));
		return write(skp, input, expectedVersion, RealisationSource.EMPLOYEE, null);
	}

	/**
	 * Write a realisation reported by another system for an indicator its client may
	 * report; the plan's owner still submits the period.
	 */
	@Transactional
	public Saved recordFromSystem(long agencyId, String client, Set<Long> allowedIndicators, RealisationInput input) {
		if (input.indicatorId() == null) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("indicatorId", "monitoring.realisation.indicator.required")));
		}
		if (!allowedIndicators.contains(input.indicatorId())) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.machine.indicator-denied",
					input.indicatorId());
		}
		Optional<Long> skpId = this.plans.skpOfIndicator(agencyId, input.indicatorId());
		if (skpId.isEmpty()) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("indicatorId", "monitoring.realisation.indicator.unknown")));
		}
		PlanHeader skp = this.plans.headerRowForSystem(agencyId, skpId.get());
		return write(skp, input, null, RealisationSource.SYSTEM, client);
	}

	/**
	 * Write one realisation of a checked plan. Reads only what the rules need: the
	 * period's settings once, the deadline extension, the one indicator with its RHK (not
	 * the whole plan), the report, the earlier periods' sum and the stored realisation;
	 * so the statements of a write do not grow with the size of the plan.
	 */
	private Saved write(PlanHeader skp, RealisationInput input, @Nullable Long expectedVersion,
			RealisationSource source, @Nullable String client) {
		Deadlines.Window window = this.deadlines.window(skp.agencyId(), input.period(), "period");
		ReportingPeriod period = window.period();
		requireWritable(skp, window, Instant.now(this.clock));
		Located indicator = locate(skp.id(), input.indicatorId());
		RealisationReport report = this.reports.findBySkpIdAndPeriodCode(skp.id(), period.code())
			.orElseGet(() -> concurrently(() -> this.reports
				.save(RealisationReport.open(skp.agencyId(), skp.id(), skp.employeeId(), period))));
		if (!report.getStatus().editable()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.realisation.report.locked", period.code());
		}
		Realisation.Values values = checked(skp, period, indicator, input);
		Optional<Realisation> existing = (report.getId() == null) ? Optional.empty()
				: this.realisations.findByReportIdAndIndicatorId(report.getId(), indicator.indicator().id());
		if (existing.isPresent()) {
			Realisation realisation = existing.get();
			realisation.requireVersion(expectedVersion);
			realisation.change(values, source, client);
			return new Saved(this.realisations.save(realisation), false, period.code());
		}
		Realisation realisation = Realisation.of(report, indicator.rhkId(), indicator.indicator().id(), values, source,
				client);
		return new Saved(concurrently(() -> this.realisations.save(realisation)), true, period.code());
	}

	/**
	 * Create a row that another request may be creating at the same moment (the first
	 * write of a period's report, or of an indicator's realisation): the loser of the
	 * race gets the conflict of a concurrent edit (409, to send again) rather than a
	 * failure.
	 */
	private static <T> T concurrently(java.util.function.Supplier<T> create) {
		try {
			return create.get();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"created by a concurrent request: " + ex.getMostSpecificCause().getMessage(), ex);
		}
	}

	/**
	 * Remove a realisation of the caller's own report while it may change, with its
	 * evidence.
	 */
	@Transactional
	public void delete(long realisationId, @Nullable Long expectedVersion) {
		Realisation realisation = ownRealisation(realisationId);
		realisation.requireVersion(expectedVersion);
		this.evidence.removeAll(realisation);
		this.realisations.delete(realisation);
	}

	/**
	 * Submit the period's report of the caller's own plan, counted at the moment the
	 * submission was made.
	 */
	@Transactional
	public RealisationReport submit(long skpId, @Nullable String periodCode, Instant madeAt) {
		Skp skp = this.plans.header(skpId);
		if (!this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.realisation.owner-only");
		}
		Deadlines.Window window = this.deadlines.window(skp.getAgencyId(), periodCode, "period");
		ReportingPeriod period = window.period();
		Instant moment = madeAt.isAfter(Instant.now(this.clock)) ? Instant.now(this.clock) : madeAt;
		requireWritable(PlanHeader.of(skp), window, moment);
		RealisationReport report = this.reports.findBySkpIdAndPeriodCode(skpId, period.code())
			.orElseThrow(() -> new FieldsRejectedException(
					List.of(new FieldProblem("period", "monitoring.realisation.submit.empty", period.code()))));
		if (!report.getStatus().editable()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.realisation.report.locked", period.code());
		}
		List<Realisation> written = this.realisations.findByReportId(report.getId());
		List<FieldProblem> missing = new ArrayList<>();
		SkpView view = this.plans.skp(skpId);
		for (SkpView.RhkView rhk : view.rhk()) {
			for (int i = 0; i < rhk.indicators().size(); i++) {
				long indicatorId = rhk.indicators().get(i).id();
				if (written.stream().noneMatch((r) -> r.getIndicatorId() == indicatorId)) {
					missing.add(new FieldProblem("indicatorId", "monitoring.realisation.submit.missing", rhk.number(),
							i + 1));
				}
			}
		}
		if (!missing.isEmpty()) {
			throw new FieldsRejectedException(missing);
		}
		boolean late = !this.deadlines.within(moment, window.standardDeadline());
		report.submit(moment, late);
		RealisationReport saved = this.reports.save(report);
		this.events.publishEvent(new RealisationSubmitted(saved.getId(), skpId, skp.getEmployeeId(), period.code()));
		return saved;
	}

	/** Acknowledge a submitted report, as the plan's pejabat penilai. */
	@Transactional
	public RealisationReport acknowledge(long skpId, @Nullable String periodCode) {
		RealisationReport report = submittedForDecision(skpId, periodCode);
		report.acknowledge(Instant.now(this.clock), deciderId());
		RealisationReport saved = this.reports.save(report);
		this.events.publishEvent(
				new RealisationAcknowledged(saved.getId(), skpId, saved.getEmployeeId(), saved.getPeriodCode()));
		return saved;
	}

	/** Return a submitted report asking for more, as the plan's pejabat penilai. */
	@Transactional
	public RealisationReport giveBack(long skpId, @Nullable String periodCode, @Nullable String note) {
		String why = (note == null) ? "" : note.strip();
		if (why.isEmpty()) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("note", "monitoring.realisation.return.note-required")));
		}
		if (why.length() > TEXT) {
			throw new FieldsRejectedException(List.of(new FieldProblem("note", "planning.text.size", TEXT)));
		}
		RealisationReport report = submittedForDecision(skpId, periodCode);
		report.giveBack(Instant.now(this.clock), deciderId(), why);
		RealisationReport saved = this.reports.save(report);
		this.events
			.publishEvent(new RealisationReturned(saved.getId(), skpId, saved.getEmployeeId(), saved.getPeriodCode()));
		return saved;
	}

	/** Return the realisation if the caller may read its plan. */
	@Transactional(readOnly = true)
	public Realisation readable(long realisationId) {
		Realisation realisation = this.realisations.findById(realisationId)
			.filter((found) -> found.getAgencyId() == actor().agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.realisation.not-found"));
		this.plans.header(realisation.getSkpId());
		return realisation;
	}

	/** Return the realisation of the caller's own plan while its report may change. */
	@Transactional(readOnly = true)
	public Realisation ownRealisation(long realisationId) {
		Realisation realisation = readable(realisationId);
		Skp skp = this.plans.header(realisation.getSkpId());
		if (!this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.realisation.owner-only");
		}
		RealisationReport report = this.reports.findById(realisation.getReportId()).orElseThrow();
		if (!report.getStatus().editable()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.realisation.report.locked",
					report.getPeriodCode());
		}
		requireWritable(PlanHeader.of(skp), this.deadlines.window(skp.getAgencyId(), report.getPeriodCode(), "period"),
				Instant.now(this.clock));
		return realisation;
	}

	private RealisationReport submittedForDecision(long skpId, @Nullable String periodCode) {
		Skp skp = this.plans.header(skpId);
		if (this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.realisation.own-decision");
		}
		if (!this.access.decides(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "monitoring.realisation.appraiser-only");
		}
		ReportingPeriod period = this.deadlines.period(skp.getAgencyId(), periodCode, "period");
		RealisationReport report = this.reports.findBySkpIdAndPeriodCode(skpId, period.code())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.realisation.report.none",
					period.code()));
		if (report.getStatus() != ReportStatus.SUBMITTED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.realisation.report.not-submitted",
					period.code());
		}
		return report;
	}

	private @Nullable Long deciderId() {
		return actor().employeeId();
	}

	private void requireWritable(PlanHeader skp, Deadlines.Window window, Instant moment) {
		if (skp.status() != SkpStatus.APPROVED && skp.status() != SkpStatus.CLOSED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "monitoring.realisation.skp.not-approved");
		}
		ReportingPeriod period = window.period();
		List<FieldProblem> problems = new ArrayList<>();
		if (period.year() != skp.year()) {
			problems.add(new FieldProblem("period", "monitoring.realisation.period.other-year", skp.year()));
		}
		else if (!period.overlaps(skp.startDate(), skp.endDate())) {
			problems.add(new FieldProblem("period", "monitoring.realisation.period.outside-plan", skp.startDate(),
					skp.endDate()));
		}
		else if (period.start().isAfter(moment.atZone(this.deadlines.zone()).toLocalDate())) {
			problems.add(new FieldProblem("period", "monitoring.realisation.period.not-started", period.start()));
		}
		else {
			LocalDate deadline = this.deadlines.deadline(skp.agencyId(), skp.unitId(), window);
			if (!this.deadlines.within(moment, deadline)) {
				problems.add(new FieldProblem("period", "monitoring.realisation.period.closed", deadline));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
	}

	/** An indicator found in its plan, with its RHK. */
	record Located(long rhkId, SkpView.IndicatorView indicator) {
	}

	/**
	 * Find a live indicator of the plan (neither it nor its RHK removed) in one query, or
	 * refuse naming the field.
	 */
	private Located locate(long skpId, @Nullable Long indicatorId) {
		if (indicatorId == null) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("indicatorId", "monitoring.realisation.indicator.required")));
		}
		return this.plans.indicatorOf(skpId, indicatorId)
			.map((found) -> new Located(found.rhkId(), found.indicator()))
			.orElseThrow(() -> new FieldsRejectedException(List
				.of(new FieldProblem("indicatorId", "monitoring.realisation.indicator.not-in-plan", indicatorId))));
	}

	/**
	 * Whether the indicator is reported as a number (a measured plan and a numeric
	 * target).
	 */
	static boolean measured(SkpView view, SkpView.IndicatorView indicator) {
		return measured(view.approach(), indicator);
	}

	static boolean measured(Approach approach, SkpView.IndicatorView indicator) {
		return approach == Approach.KUANTITATIF && Achievement.target(indicator.target()) != null;
	}

	private Realisation.Values checked(PlanHeader skp, ReportingPeriod period, Located located,
			RealisationInput input) {
		List<FieldProblem> problems = new ArrayList<>();
		SkpView.IndicatorView indicator = located.indicator();
		String rawValue = blankToNull(input.value());
		BigDecimal number = null;
		String text = null;
		if (rawValue == null) {
			problems.add(new FieldProblem("value", "monitoring.realisation.value.required"));
		}
		else if (measured(skp.approach(), indicator)) {
			number = Achievement.parse(rawValue);
			if (number == null) {
				problems.add(new FieldProblem("value", "monitoring.realisation.value.number", rawValue));
			}
			else if (number.compareTo(new BigDecimal("1000000000000000")) >= 0 || number.scale() > 2) {
				problems.add(new FieldProblem("value", "monitoring.realisation.value.range"));
				number = null;
			}
		}
		else if (rawValue.length() > 4000) {
			problems.add(new FieldProblem("value", "planning.text.size", 4000));
		}
		else {
			text = rawValue;
		}
		BigDecimal budget = null;
		String rawBudget = blankToNull(input.budget());
		if (rawBudget != null) {
			if (indicator.aspect() != Aspect.BIAYA) {
				problems.add(new FieldProblem("budget", "monitoring.realisation.budget.not-biaya"));
			}
			else {
				budget = Achievement.parse(rawBudget);
				if (budget == null || budget.compareTo(new BigDecimal("1000000000000000")) >= 0) {
					problems.add(new FieldProblem("budget", "monitoring.realisation.budget.number", rawBudget));
					budget = null;
				}
			}
		}
		String note = limited(input.note(), "note", problems);
		String obstacle = limited(input.obstacle(), "obstacle", problems);
		String cause = limited(input.cause(), "cause", problems);
		String fix = limited(input.fix(), "fix", problems);
		BigDecimal achievement = null;
		if (number != null) {
			BigDecimal target = Achievement.target(indicator.target());
			Achievement.Rule rule = Achievement.rule(indicator.aspect(), indicator.target(), indicator.unit(), budget);
			achievement = Achievement.compute(rule, target, number, earlier(skp.id(), indicator.id(), period),
					dueShare(skp, period), budget);
			if (achievement != null && achievement.compareTo(BigDecimal.valueOf(100)) < 0) {
				if (obstacle == null) {
					problems.add(new FieldProblem("obstacle", "monitoring.realisation.obstacle.required", achievement));
				}
				if (cause == null) {
					problems.add(new FieldProblem("cause", "monitoring.realisation.cause.required"));
				}
				if (fix == null) {
					problems.add(new FieldProblem("fix", "monitoring.realisation.fix.required"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
		return new Realisation.Values(number, text, achievement, budget, note, obstacle, cause, fix);
	}

	/** Return what the plan realised of the indicator in the periods before this one. */
	BigDecimal earlier(long skpId, long indicatorId, ReportingPeriod period) {
		BigDecimal sum = this.realisations.sumBefore(skpId, indicatorId, period.start());
		return (sum != null) ? sum : BigDecimal.ZERO;
	}

	/** Return the share of the plan's days that have passed at the period's end, 0–1. */
	static BigDecimal dueShare(PlanHeader skp, ReportingPeriod period) {
		LocalDate last = period.end().isBefore(skp.endDate()) ? period.end() : skp.endDate();
		long passed = ChronoUnit.DAYS.between(skp.startDate(), last) + 1;
		long all = ChronoUnit.DAYS.between(skp.startDate(), skp.endDate()) + 1;
		if (all <= 0 || passed <= 0) {
			return BigDecimal.ONE;
		}
		return BigDecimal.valueOf(Math.min(passed, all)).divide(BigDecimal.valueOf(all), MathContext.DECIMAL64);
	}

	private static @Nullable String limited(@Nullable String value, String field, List<FieldProblem> problems) {
		String text = blankToNull(value);
		if (text != null && text.length() > TEXT) {
			problems.add(new FieldProblem(field, "planning.text.size", TEXT));
		}
		return text;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Actor actor() {
		return Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
	}

}
