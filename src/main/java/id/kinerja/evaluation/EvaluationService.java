package id.kinerja.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import id.kinerja.employee.ReportingLines;
import id.kinerja.monitoring.Deadlines;
import id.kinerja.monitoring.RealisationQueries;
import id.kinerja.monitoring.ReportStatus;
import id.kinerja.monitoring.ReportingPeriod;
import id.kinerja.planning.CoreValue;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic and annual ratings. The plan's owner writes the self-assessment (penilaian
 * diri) while the evaluation is open and, for the annual one, submits it; the pejabat
 * penilai (or the acting holder; Admin BKPSDM when the regional head rates) gives
 * feedback per RHK and per BerAKHLAK value and the two ratings, from which the predikat
 * follows, and finalises a periodic evaluation. Every write is one transaction, checked
 * against the plan's reporting line and audited; a stale version is refused with 409.
 */
@Service
public class EvaluationService {

	static final int LONG_TEXT = 4000;

	static final int TEXT = 2000;

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private final EvaluationRepository evaluations;

	private final OrganisationResultRepository results;

	private final EvaluationAccess access;

	private final SkpQueries plans;

	private final RealisationQueries realisation;

	private final Deadlines deadlines;

	private final ReportingLines lines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvaluationService(EvaluationRepository evaluations, OrganisationResultRepository results, EvaluationAccess access,
			SkpQueries plans, RealisationQueries realisation, Deadlines deadlines, ReportingLines lines,
			ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.results = results;
		this.access = access;
		this.plans = plans;
		this.realisation = realisation;
		this.deadlines = deadlines;
		this.lines = lines;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The span an evaluation covers.
	 *
	 * @param code the period's code, or the year for the annual evaluation
	 * @param annual whether it is the annual evaluation
	 * @param year the year
	 * @param start the first day (within the plan)
	 * @param end the last day (within the plan)
	 */
	public record Span(String code, boolean annual, int year, LocalDate start, LocalDate end) {
	}

	/**
	 * The self-assessment as the owner sends it.
	 *
	 * @param overall the overall text
	 * @param rhkNotes a note per RHK id
	 * @param valueNotes a note per BerAKHLAK value (its name)
	 */
	public record SelfAssessmentInput(@Nullable String overall, @Nullable Map<String, String> rhkNotes,
			@Nullable Map<String, String> valueNotes) {
	}

	/**
	 * A rating as the pejabat penilai sends it.
	 *
	 * @param ratingHasil the rating hasil kerja (a {@link Rating} name); for a unit's
	 * leader in the annual evaluation it may be left out, and follows the unit's result
	 * @param ratingPerilaku the rating perilaku kerja
	 * @param reason the written reason, required for a rating other than "as expected"
	 * @param notes notes for the evaluation document
	 * @param recommendation the recommendation for the evaluation document
	 * @param rhkFeedback feedback per RHK id
	 * @param valueFeedback feedback per BerAKHLAK value (its name)
	 */
	public record RatingInput(@Nullable String ratingHasil, @Nullable String ratingPerilaku, @Nullable String reason,
			@Nullable String notes, @Nullable String recommendation, @Nullable Map<String, String> rhkFeedback,
			@Nullable Map<String, String> valueFeedback) {
	}

	/**
	 * Return the span of a period of the plan: the year for the annual evaluation, or a
	 * period code of the agency's frequency; refuses (422, field {@code period}) a code
	 * the frequency does not allow or one outside the plan.
	 */
	public Span span(Skp skp, @Nullable String code) {
		String trimmed = (code != null) ? code.strip() : "";
		if (YEAR.matcher(trimmed).matches()) {
			if (Integer.parseInt(trimmed) != skp.getSkpYear()) {
				throw outside(trimmed);
			}
			return new Span(trimmed, true, skp.getSkpYear(), skp.getStartDate(), skp.getEndDate());
		}
		ReportingPeriod period;
		try {
			period = this.deadlines.period(skp.getAgencyId(), trimmed, "period");
		}
		catch (FieldsRejectedException ex) {
			throw rejected(ex.getProblems());
		}
		if (period.year() != skp.getSkpYear() || !period.overlaps(skp.getStartDate(), skp.getEndDate())) {
			throw outside(period.code());
		}
		LocalDate start = period.start().isBefore(skp.getStartDate()) ? skp.getStartDate() : period.start();
		LocalDate end = period.end().isAfter(skp.getEndDate()) ? skp.getEndDate() : period.end();
		return new Span(period.code(), false, period.year(), start, end);
	}

	/** Return the refusal of well-formed input that the rules refuse (422). */
	static FieldsRejectedException rejected(List<FieldProblem> problems) {
		return new FieldsRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, problems);
	}

	private static FieldsRejectedException outside(String code) {
		return rejected(List.of(new FieldProblem("period", "evaluation.sheet.period.outside", code)));
	}

	/**
	 * Write the self-assessment of the caller's own plan for a period (opens the
	 * evaluation on the first write), while it is not rated.
	 */
	@Transactional
	public Evaluation writeSelfAssessment(long skpId, @Nullable String periodCode, SelfAssessmentInput input,
			@Nullable Long expectedVersion) {
		Skp skp = this.plans.header(skpId);
		requireOwner(skp);
		requireRunningPlan(skp);
		Span span = span(skp, periodCode);
		SkpView plan = this.plans.skp(skpId);
		List<FieldProblem> problems = new ArrayList<>();
		String overall = text(input.overall(), LONG_TEXT, "overall", problems);
		Map<Long, String> rhkNotes = rhkTexts(plan, input.rhkNotes(), "rhkNotes", problems);
		Map<CoreValue, String> valueNotes = valueTexts(input.valueNotes(), "valueNotes", problems);
		if (!problems.isEmpty()) {
			throw rejected(problems);
		}
		Evaluation evaluation = openOrFind(skp, span);
		evaluation.requireVersion(expectedVersion);
		if (evaluation.getStatus() != EvaluationStatus.OPEN) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.self.rated", span.code());
		}
		if (evaluation.getSelfSubmittedAt() != null) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.self.submitted", span.code());
		}
		if (input.overall() != null) {
			evaluation.writeSelfAssessment(overall);
		}
		rhkNotes.forEach((rhkId, note) -> evaluation.writeSelfNote(Evaluation.rhkSubject(rhkId), rhkId, null,
				blankToNull(note)));
		valueNotes.forEach((value, note) -> evaluation.writeSelfNote(Evaluation.valueSubject(value), null, value,
				blankToNull(note)));
		return this.evaluations.save(evaluation);
	}

	/**
	 * Submit the self-assessment of the caller's own plan for the year; the annual rating
	 * waits for it. Refuses an empty one (422) and a second submission (409).
	 */
	@Transactional
	public Evaluation submitSelfAssessment(long skpId, @Nullable String periodCode, @Nullable Long expectedVersion) {
		Skp skp = this.plans.header(skpId);
		requireOwner(skp);
		requireRunningPlan(skp);
		Span span = span(skp, periodCode);
		Evaluation evaluation = this.evaluations.findBySkpIdAndPeriodCode(skpId, span.code())
			.orElseThrow(() -> rejected(List.of(new FieldProblem("overall", "evaluation.self.empty", span.code()))));
		evaluation.requireVersion(expectedVersion);
		if (evaluation.getSelfSubmittedAt() != null) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.self.submitted", span.code());
		}
		if (evaluation.getSelfAssessment() == null || evaluation.getSelfAssessment().isBlank()) {
			throw rejected(List.of(new FieldProblem("overall", "evaluation.self.empty", span.code())));
		}
		evaluation.submitSelfAssessment(Instant.now(this.clock));
		return this.evaluations.save(evaluation);
	}

	/**
	 * Rate (or re-rate, while not final) a period of the plan as its pejabat penilai;
	 * publishes {@link EvaluationRated}. Refuses anyone else (403), a period whose
	 * realisation is not submitted or an annual evaluation whose self-assessment is not
	 * (409), a plan not approved (409), a final evaluation (409), a unit leader's annual
	 * rating before the unit's organisation result is set (409), and bad fields (422:
	 * unknown or missing ratings, a missing reason, a rating hasil other than the one the
	 * organisation result gives the unit's leader).
	 */
	@Transactional
	public Evaluation rate(long skpId, @Nullable String periodCode, RatingInput input, @Nullable Long expectedVersion) {
		Skp skp = this.plans.header(skpId);
		requireRater(skp);
		requireRunningPlan(skp);
		Span span = span(skp, periodCode);
		Optional<Evaluation> existing = this.evaluations.findBySkpIdAndPeriodCode(skpId, span.code());
		if (existing.isPresent()) {
			existing.get().requireVersion(expectedVersion);
			if (!existing.get().getStatus().rateable()) {
				throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.rating.locked", span.code());
			}
		}
		requireReady(skp, span, existing.orElse(null));
		SkpView plan = this.plans.skp(skpId);
		Rating leaderHasil = span.annual() ? leaderRatingHasil(skp) : null;
		List<FieldProblem> problems = new ArrayList<>();
		Rating hasil = rating(input.ratingHasil(), "ratingHasil", leaderHasil == null, problems);
		if (leaderHasil != null) {
			if (hasil != null && hasil != leaderHasil) {
				OrganisationResult result = organisationResult(skp).orElseThrow();
				problems.add(new FieldProblem("ratingHasil", "evaluation.rate.leader-hasil",
						new DefaultMessageSourceResolvable(result.getPredikat().messageKey()),
						new DefaultMessageSourceResolvable(leaderHasil.messageKey())));
			}
			hasil = leaderHasil;
		}
		Rating perilaku = rating(input.ratingPerilaku(), "ratingPerilaku", true, problems);
		String reason = text(input.reason(), TEXT, "reason", problems);
		boolean reasonNeeded = (perilaku != null && perilaku.needsReason())
				|| (hasil != null && hasil.needsReason() && leaderHasil == null);
		if (reasonNeeded && reason == null) {
			problems.add(new FieldProblem("reason", "evaluation.rate.reason.required"));
		}
		String notes = text(input.notes(), LONG_TEXT, "notes", problems);
		String recommendation = text(input.recommendation(), LONG_TEXT, "recommendation", problems);
		Map<Long, String> rhkFeedback = rhkTexts(plan, input.rhkFeedback(), "rhkFeedback", problems);
		Map<CoreValue, String> valueFeedback = valueTexts(input.valueFeedback(), "valueFeedback", problems);
		if (!problems.isEmpty()) {
			throw rejected(problems);
		}
		Evaluation evaluation = existing.orElseGet(() -> open(skp, span));
		rhkFeedback.forEach((rhkId, text) -> evaluation.writeFeedback(Evaluation.rhkSubject(rhkId), rhkId, null,
				blankToNull(text)));
		valueFeedback.forEach((value, text) -> evaluation.writeFeedback(Evaluation.valueSubject(value), null, value,
				blankToNull(text)));
		Actor actor = EvaluationAccess.actor();
		evaluation.rate(hasil, perilaku, reason, notes, recommendation, actor.employeeId(), actor.username(),
				Instant.now(this.clock));
		Evaluation saved = this.evaluations.save(evaluation);
		this.events.publishEvent(
				new EvaluationRated(saved.getId(), skpId, skp.getEmployeeId(), span.code(), saved.getPredikat()));
		return saved;
	}

	/**
	 * Finalise a rated periodic evaluation as its pejabat penilai; publishes
	 * {@link EvaluationFinalised}. The annual evaluation is finalised with its unit, not
	 * here (409).
	 */
	@Transactional
	public Evaluation finalise(long skpId, @Nullable String periodCode, @Nullable Long expectedVersion) {
		Skp skp = this.plans.header(skpId);
		requireRater(skp);
		Span span = span(skp, periodCode);
		if (span.annual()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.rate.annual-finalise", span.code());
		}
		Evaluation evaluation = this.evaluations.findBySkpIdAndPeriodCode(skpId, span.code())
			.orElseThrow(() -> new KinerjaException(HttpStatus.CONFLICT, "evaluation.finalise.not-rated", span.code()));
		evaluation.requireVersion(expectedVersion);
		evaluation.finalise(EvaluationAccess.actor().username(), Instant.now(this.clock));
		Evaluation saved = this.evaluations.save(evaluation);
		this.events.publishEvent(new EvaluationFinalised(saved.getId(), skpId, skp.getEmployeeId(), span.code(), false,
				saved.getPredikat()));
		return saved;
	}

	/**
	 * Return the rating hasil kerja that the organisation result gives the plan's owner
	 * when he leads a unit on the day the plan is judged, null when he leads none;
	 * refuses (409) when he leads one whose result of the year is not set yet.
	 */
	@Nullable Rating leaderRatingHasil(Skp skp) {
		if (!leadsAUnit(skp)) {
			return null;
		}
		return organisationResult(skp).map((result) -> result.getPredikat().leaderRatingHasil())
			.orElseThrow(() -> new KinerjaException(HttpStatus.CONFLICT, "evaluation.rate.org-result-missing",
					skp.getSkpYear()));
	}

	/** Return whether the plan's owner leads a unit on the day the plan is judged. */
	boolean leadsAUnit(Skp skp) {
		return !this.lines.unitsLedBy(skp.getEmployeeId(), this.access.judgedOn(skp)).isEmpty();
	}

	/**
	 * Return the organisation result of the year of the unit the plan's owner leads (the
	 * plan's own unit first, when he leads several).
	 */
	Optional<OrganisationResult> organisationResult(Skp skp) {
		Set<Long> led = this.lines.unitsLedBy(skp.getEmployeeId(), this.access.judgedOn(skp));
		if (skp.getUnitId() != null && led.contains(skp.getUnitId())) {
			Optional<OrganisationResult> own = this.results.findByUnitIdAndResultYear(skp.getUnitId(),
					skp.getSkpYear());
			if (own.isPresent()) {
				return own;
			}
		}
		return led.stream()
			.sorted()
			.map((unitId) -> this.results.findByUnitIdAndResultYear(unitId, skp.getSkpYear()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * Return the key of what the rating of the span still waits for, null when it may be
	 * rated: the period's realisation report submitted (or acknowledged), the annual
	 * self-assessment submitted.
	 */
	@Nullable String waitingFor(Skp skp, Span span, @Nullable Evaluation evaluation) {
		if (span.annual()) {
			return (evaluation == null || evaluation.getSelfSubmittedAt() == null)
					? "evaluation.rate.self-not-submitted" : null;
		}
		ReportStatus status = this.realisation.periods(skp.getId())
			.stream()
			.filter((line) -> line.period().code().equals(span.code()))
			.map(RealisationQueries.PeriodLine::status)
			.filter((found) -> found != null)
			.findFirst()
			.orElse(null);
		return (status == ReportStatus.SUBMITTED || status == ReportStatus.ACKNOWLEDGED) ? null
				: "evaluation.rate.not-submitted";
	}

	private void requireReady(Skp skp, Span span, @Nullable Evaluation evaluation) {
		String waiting = waitingFor(skp, span, evaluation);
		if (waiting != null) {
			throw new KinerjaException(HttpStatus.CONFLICT, waiting, span.code());
		}
	}

	private void requireOwner(Skp skp) {
		if (!this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.self.owner-only");
		}
	}

	private void requireRater(Skp skp) {
		if (this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.rate.own");
		}
		if (!this.access.rates(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.rate.appraiser-only");
		}
	}

	private static void requireRunningPlan(Skp skp) {
		if (skp.getStatus() != SkpStatus.APPROVED && skp.getStatus() != SkpStatus.CLOSED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.rate.plan-not-approved");
		}
	}

	private Evaluation openOrFind(Skp skp, Span span) {
		return this.evaluations.findBySkpIdAndPeriodCode(skp.getId(), span.code()).orElseGet(() -> open(skp, span));
	}

	private static Evaluation open(Skp skp, Span span) {
		return Evaluation.open(skp.getAgencyId(), skp.getId(), skp.getEmployeeId(), span.code(), span.annual(),
				span.year(), span.start(), span.end(), skp.getUnitId());
	}

	private static @Nullable Rating rating(@Nullable String value, String field, boolean required,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "evaluation.rate.required"));
			}
			return null;
		}
		try {
			return Rating.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "evaluation.rate.unknown", value.strip()));
			return null;
		}
	}

	private static @Nullable String text(@Nullable String value, int max, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			problems.add(new FieldProblem(field, "evaluation.sheet.too-long", max));
		}
		return stripped;
	}

	private static Map<Long, String> rhkTexts(SkpView plan, @Nullable Map<String, String> texts, String field,
			List<FieldProblem> problems) {
		Map<Long, String> result = new java.util.LinkedHashMap<>();
		if (texts == null) {
			return result;
		}
		texts.forEach((key, value) -> {
			Long rhkId = null;
			try {
				rhkId = Long.valueOf(key.strip());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			Long id = rhkId;
			if (id == null || plan.rhk().stream().noneMatch((rhk) -> rhk.id() == id)) {
				problems.add(new FieldProblem(field + "." + key, "evaluation.sheet.rhk.unknown", key));
				return;
			}
			String checked = text(value, TEXT, field + "." + key, problems);
			result.put(id, (checked != null) ? checked : "");
		});
		return result;
	}

	private static Map<CoreValue, String> valueTexts(@Nullable Map<String, String> texts, String field,
			List<FieldProblem> problems) {
		Map<CoreValue, String> result = new java.util.EnumMap<>(CoreValue.class);
		if (texts == null) {
			return result;
		}
		texts.forEach((key, value) -> {
			CoreValue coreValue;
			try {
				coreValue = CoreValue.valueOf(key.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(field + "." + key, "evaluation.sheet.value.unknown", key));
				return;
			}
			String checked = text(value, TEXT, field + "." + key, problems);
			result.put(coreValue, (checked != null) ? checked : "");
		});
		return result;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
