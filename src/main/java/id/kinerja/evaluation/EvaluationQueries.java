package id.kinerja.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeView;
import id.kinerja.monitoring.RealisationQueries;
import id.kinerja.monitoring.ReportStatus;
import id.kinerja.planning.AnnualCombination;
import id.kinerja.planning.PeriodService;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpStatus;
import id.kinerja.planning.SkpView;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of ratings for those who may read the plan: one period's rating sheet with the
 * realisation and evidence behind it, a plan's periods with where each evaluation stands,
 * the pejabat penilai's team for a period, and an employee's year with every SKP and the
 * combined annual result.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationQueries {

	private final EvaluationRepository evaluations;

	private final EvaluationService service;

	private final EvaluationAccess access;

	private final SkpQueries plans;

	private final RealisationQueries realisation;

	private final AnnualResults annualResults;

	private final PeriodService periods;

	private final EmployeeDirectory directory;

	private final EmployeeRepository employees;

	private final Clock clock;

	EvaluationQueries(EvaluationRepository evaluations, EvaluationService service, EvaluationAccess access,
			SkpQueries plans, RealisationQueries realisation, AnnualResults annualResults, PeriodService periods,
			EmployeeDirectory directory, EmployeeRepository employees, Clock clock) {
		this.employees = employees;
		this.evaluations = evaluations;
		this.service = service;
		this.access = access;
		this.plans = plans;
		this.realisation = realisation;
		this.annualResults = annualResults;
		this.periods = periods;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * One period's rating sheet.
	 *
	 * @param plan the whole plan
	 * @param span the period
	 * @param evaluation the evaluation, null while nothing is written
	 * @param owner whether the reader owns the plan
	 * @param rater whether the reader is its pejabat penilai
	 * @param unitLeader whether the owner leads a unit (his annual rating hasil follows
	 * the unit's organisation result)
	 * @param organisationPredikat the unit's organisation result of the year, if set
	 * @param waitingFor the message key of what the rating waits for, null when it may be
	 * rated
	 * @param realisation the period's realisation sheet, null for the annual evaluation
	 * @param periods the plan's periods with their realisation state (for the annual one)
	 */
	public record Sheet(SkpView plan, EvaluationService.Span span, @Nullable Evaluation evaluation, boolean owner,
			boolean rater, boolean unitLeader, @Nullable OrganisationPredikat organisationPredikat,
			@Nullable String waitingFor, RealisationQueries.@Nullable Sheet realisation,
			List<RealisationQueries.PeriodLine> periods) {

		/** Return where the evaluation stands (OPEN while nothing is written). */
		public EvaluationStatus status() {
			return (this.evaluation != null) ? this.evaluation.getStatus() : EvaluationStatus.OPEN;
		}

		/** Return the rating hasil kerja the unit's result gives its leader, if any. */
		public @Nullable Rating leaderRatingHasil() {
			return (this.span.annual() && this.unitLeader && this.organisationPredikat != null)
					? this.organisationPredikat.leaderRatingHasil() : null;
		}

		/** Whether the reader may rate now. */
		public boolean rateable() {
			return this.rater && status().rateable() && this.waitingFor == null && planRunning()
					&& !(this.span.annual() && this.unitLeader && this.organisationPredikat == null);
		}

		/** Whether the owner may write the self-assessment now. */
		public boolean selfWritable() {
			return this.owner && status() == EvaluationStatus.OPEN && planRunning()
					&& (this.evaluation == null || this.evaluation.getSelfSubmittedAt() == null);
		}

		/** Whether the reader may finalise this (periodic, rated) evaluation now. */
		public boolean finalisable() {
			return this.rater && !this.span.annual() && status() == EvaluationStatus.RATED;
		}

		private boolean planRunning() {
			return this.plan.status() == SkpStatus.APPROVED || this.plan.status() == SkpStatus.CLOSED;
		}

		/** Return the note on an RHK. */
		public Optional<Evaluation.EvaluationNote> rhkNote(long rhkId) {
			return (this.evaluation != null) ? this.evaluation.note(Evaluation.rhkSubject(rhkId)) : Optional.empty();
		}

		/** Return the note on a BerAKHLAK value. */
		public Optional<Evaluation.EvaluationNote> valueNote(id.kinerja.planning.CoreValue value) {
			return (this.evaluation != null) ? this.evaluation.note(Evaluation.valueSubject(value)) : Optional.empty();
		}

		/** Return the realisation lines of an RHK (empty for the annual evaluation). */
		public List<RealisationQueries.Line> linesOf(long rhkId) {
			return (this.realisation != null)
					? this.realisation.lines().stream().filter((line) -> line.rhk().id() == rhkId).toList() : List.of();
		}

	}

	/**
	 * A period of a plan as listed, with its evaluation.
	 *
	 * @param code the period's code, or the year
	 * @param annual whether it is the annual evaluation
	 * @param start the first day
	 * @param end the last day
	 * @param realisationStatus the period's realisation report state, null if none
	 * @param status the evaluation's state, null while nothing is written
	 * @param predikat the predikat, null until rated
	 * @param waitingFor the message key of what the rating waits for
	 * @param version the evaluation's version
	 */
	public record PeriodSummary(String code, boolean annual, LocalDate start, LocalDate end,
			@Nullable ReportStatus realisationStatus, @Nullable EvaluationStatus status, @Nullable Predikat predikat,
			@Nullable String waitingFor, @Nullable Long version) {
	}

	/** Where a subordinate's evaluation of a period stands, for the pejabat penilai. */
	public enum TeamState {

		/** No approved plan for the period. */
		NO_PLAN,
		/** Waiting for the realisation (or the annual self-assessment). */
		WAITING,
		/** Ready to be rated. */
		TO_RATE,
		/** Rated, not final. */
		RATED,
		/** Finalised (or received). */
		FINAL

	}

	/**
	 * A subordinate in the team list.
	 *
	 * @param nip the NIP
	 * @param name the name with titles
	 * @param positionName the post
	 * @param skpId the plan of the year, null when none
	 * @param period the period's code
	 * @param state where the evaluation stands
	 * @param predikat the predikat, null until rated
	 */
	public record TeamMember(String nip, String name, @Nullable String positionName, @Nullable Long skpId,
			String period, TeamState state, @Nullable Predikat predikat) {
	}

	/**
	 * One SKP of an employee's year with its annual evaluation.
	 *
	 * @param skpId the plan
	 * @param start its first day
	 * @param end its last day
	 * @param months the months it covers
	 * @param positionName the post
	 * @param unitName the unit
	 * @param skpStatus the plan's state
	 * @param status the annual evaluation's state, null while nothing is written
	 * @param ratingHasil the rating hasil kerja
	 * @param ratingPerilaku the rating perilaku kerja
	 * @param predikat the predikat
	 * @param combined whether this SKP gives the year's result
	 */
	public record AnnualPlan(long skpId, LocalDate start, LocalDate end, int months, @Nullable String positionName,
			@Nullable String unitName, SkpStatus skpStatus, @Nullable EvaluationStatus status,
			@Nullable Rating ratingHasil, @Nullable Rating ratingPerilaku, @Nullable Predikat predikat,
			boolean combined) {
	}

	/**
	 * An employee's year.
	 *
	 * @param nip the NIP
	 * @param name the name
	 * @param year the year
	 * @param combination how the agency combines several SKPs
	 * @param plans every SKP of the year
	 * @param predikat the combined annual predikat, null until known
	 * @param combinedSkpId the SKP that gives it
	 * @param isFinal whether that result is final
	 */
	public record AnnualView(String nip, String name, int year, AnnualCombination combination, List<AnnualPlan> plans,
			@Nullable Predikat predikat, @Nullable Long combinedSkpId, boolean isFinal) {
	}

	/** Return the rating sheet of one period of the plan. */
	public Sheet sheet(long skpId, @Nullable String periodCode) {
		Skp skp = this.plans.header(skpId);
		this.access.requireRead(skp);
		SkpView plan = this.plans.skp(skpId);
		EvaluationService.Span span = this.service.span(skp, periodCode);
		Evaluation evaluation = this.evaluations.findBySkpIdAndPeriodCode(skpId, span.code()).orElse(null);
		boolean leader = span.annual() && this.service.leadsAUnit(skp);
		OrganisationPredikat organisation = leader
				? this.service.organisationResult(skp).map(OrganisationResult::getPredikat).orElse(null) : null;
		RealisationQueries.Sheet sheet = span.annual() ? null : this.realisation.sheet(skpId, span.code());
		List<RealisationQueries.PeriodLine> lines = span.annual() ? this.realisation.periods(skpId) : List.of();
		return new Sheet(plan, span, evaluation, this.access.owns(skp), this.access.rates(skp), leader, organisation,
				this.service.waitingFor(skp, span, evaluation), sheet, lines);
	}

	/** List the plan's periods and its annual evaluation, with where each stands. */
	public List<PeriodSummary> periods(long skpId) {
		Skp skp = this.plans.header(skpId);
		this.access.requireRead(skp);
		Map<String, Evaluation> byCode = this.evaluations.findBySkpIdOrderByPeriodStart(skpId)
			.stream()
			.collect(Collectors.toMap(Evaluation::getPeriodCode, Function.identity()));
		List<PeriodSummary> result = new ArrayList<>();
		for (RealisationQueries.PeriodLine line : this.realisation.periods(skpId)) {
			String code = line.period().code();
			Evaluation evaluation = byCode.get(code);
			boolean submitted = line.status() == ReportStatus.SUBMITTED || line.status() == ReportStatus.ACKNOWLEDGED;
			LocalDate start = line.period().start().isBefore(skp.getStartDate()) ? skp.getStartDate()
					: line.period().start();
			LocalDate end = line.period().end().isAfter(skp.getEndDate()) ? skp.getEndDate() : line.period().end();
			result.add(summary(code, false, start, end, line.status(), evaluation,
					submitted ? null : "evaluation.rate.not-submitted"));
		}
		String year = String.valueOf(skp.getSkpYear());
		Evaluation annual = byCode.get(year);
		result.add(summary(year, true, skp.getStartDate(), skp.getEndDate(), null, annual,
				(annual == null || annual.getSelfSubmittedAt() == null) ? "evaluation.rate.self-not-submitted" : null));
		return result;
	}

	private static PeriodSummary summary(String code, boolean annual, LocalDate start, LocalDate end,
			@Nullable ReportStatus realisation, @Nullable Evaluation evaluation, @Nullable String waitingFor) {
		return new PeriodSummary(code, annual, start, end, realisation,
				(evaluation != null) ? evaluation.getStatus() : null,
				(evaluation != null) ? evaluation.getPredikat() : null, waitingFor,
				(evaluation != null) ? evaluation.getVersion() : null);
	}

	/**
	 * List the caller's direct subordinates with where each one's evaluation of the
	 * period stands (the year's code for the annual evaluation).
	 */
	public List<TeamMember> team(int year, @Nullable String periodCode) {
		String code = (periodCode == null || periodCode.isBlank()) ? String.valueOf(year) : periodCode.strip();
		if (!code.startsWith(String.valueOf(year))) {
			throw EvaluationService
				.rejected(List.of(new id.kinerja.shared.FieldsRejectedException.FieldProblem("period",
						"evaluation.list.period.year", code, year)));
		}
		List<TeamMember> team = new ArrayList<>();
		for (SkpQueries.TeamPlan member : this.plans.teamPlans(year)) {
			if (member.skpId() == null
					|| (member.status() != SkpStatus.APPROVED && member.status() != SkpStatus.CLOSED)) {
				team.add(new TeamMember(member.nip(), member.name(), member.positionName(), member.skpId(), code,
						TeamState.NO_PLAN, null));
				continue;
			}
			Skp skp = this.plans.header(member.skpId());
			EvaluationService.Span span;
			try {
				span = this.service.span(skp, code);
			}
			catch (id.kinerja.shared.FieldsRejectedException ex) {
				if (ex.getProblems()
					.stream()
					.anyMatch((p) -> p.messageKey().equals("evaluation.sheet.period.outside"))) {
					team.add(new TeamMember(member.nip(), member.name(), member.positionName(), member.skpId(), code,
							TeamState.NO_PLAN, null));
					continue;
				}
				throw ex;
			}
			Evaluation evaluation = this.evaluations.findBySkpIdAndPeriodCode(skp.getId(), span.code()).orElse(null);
			TeamState state;
			if (evaluation != null && evaluation.getStatus().locked()) {
				state = TeamState.FINAL;
			}
			else if (evaluation != null && evaluation.getStatus() == EvaluationStatus.RATED) {
				state = TeamState.RATED;
			}
			else {
				state = (this.service.waitingFor(skp, span, evaluation) == null) ? TeamState.TO_RATE
						: TeamState.WAITING;
			}
			team.add(new TeamMember(member.nip(), member.name(), member.positionName(), skp.getId(), span.code(), state,
					(evaluation != null) ? evaluation.getPredikat() : null));
		}
		return team;
	}

	/**
	 * Return an employee's year: every SKP with its annual evaluation and the combined
	 * result by the agency's setting; 404 for an unknown NIP, 403 when the caller may not
	 * read the plans.
	 */
	public AnnualView annual(String nip, int year) {
		EmployeeView employee = this.directory.byNip(nip)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.not-found"));
		List<SkpView> found = this.plans.plansOf(nip, year);
		Actor actor = EvaluationAccess.actor();
		AnnualCombination combination = this.periods.year(actor.agencyId(), year).getAnnualCombination();
		Optional<AnnualResults.AnnualResult> combined = found.isEmpty() ? Optional.empty()
				: this.annualResults.of(employee.id(), year);
		List<AnnualPlan> plans = found.stream().sorted(Comparator.comparing(SkpView::startDate)).map((plan) -> {
			Evaluation evaluation = this.evaluations.findBySkpIdAndPeriodCode(plan.id(), String.valueOf(year))
				.orElse(null);
			return new AnnualPlan(plan.id(), plan.startDate(), plan.endDate(),
					AnnualResults.months(plan.startDate(), plan.endDate()), plan.positionName(), plan.unitName(),
					plan.status(), (evaluation != null) ? evaluation.getStatus() : null,
					(evaluation != null) ? evaluation.getRatingHasil() : null,
					(evaluation != null) ? evaluation.getRatingPerilaku() : null,
					(evaluation != null) ? evaluation.getPredikat() : null,
					combined.map((c) -> c.skpId() == plan.id()).orElse(false));
		}).toList();
		return new AnnualView(employee.nip(), employee.name(), year, combination, plans,
				combined.map(AnnualResults.AnnualResult::predikat).orElse(null),
				combined.map(AnnualResults.AnnualResult::skpId).orElse(null),
				combined.map(AnnualResults.AnnualResult::isFinal).orElse(false));
	}

	/**
	 * One of the caller's own plans of a year with its evaluations.
	 *
	 * @param plan the plan
	 * @param periods its periods and the annual evaluation
	 */
	public record OwnPlan(SkpView plan, List<PeriodSummary> periods) {
	}

	/** Return the caller's NIP, null for an account that is no employee. */
	public @Nullable String myNip() {
		Long self = EvaluationAccess.actor().employeeId();
		return (self == null) ? null : this.employees.findById(self).map((e) -> e.getNip()).orElse(null);
	}

	/** List the caller's own plans of the year with where each evaluation stands. */
	public List<OwnPlan> mine(int year) {
		String nip = myNip();
		if (nip == null) {
			return List.of();
		}
		return this.plans.plansOf(nip, year).stream().map((plan) -> new OwnPlan(plan, periods(plan.id()))).toList();
	}

	/** Return the current year (the app's clock). */
	public int currentYear() {
		return LocalDate.now(this.clock).getYear();
	}

}
