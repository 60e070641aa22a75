package id.kinerja.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.Supervisor;
import id.kinerja.planning.PeriodService;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-off of a finalised evaluation: the employee's receipt, which opens the appeal
 * window (the planning year's {@code appealDays}, counted in days of the agency's time
 * zone from the day of receipt to the end of the last day), and the appeal (keberatan)
 * that the employee may file within it. An appeal goes to the atasan pejabat penilai of
 * the plan (Admin BKPSDM when the regional head is above), who may ask the pejabat
 * penilai or the employee for an explanation, and decides once: keep or change the
 * ratings. Everything is one transaction per call and audited; the exchange is visible to
 * the employee, the pejabat penilai, the decider, Admin BKPSDM and the Auditor.
 */
@Service
public class SignoffService {

	private static final int TEXT = 4000;

	private final EvaluationRepository evaluations;

	private final AppealRepository appeals;

	private final SkpQueries plans;

	private final EvaluationAccess access;

	private final PeriodService periods;

	private final EmployeeRepository employees;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	SignoffService(EvaluationRepository evaluations, AppealRepository appeals, SkpQueries plans,
			EvaluationAccess access, PeriodService periods, EmployeeRepository employees,
			ApplicationEventPublisher events, Clock clock, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.evaluations = evaluations;
		this.appeals = appeals;
		this.plans = plans;
		this.access = access;
		this.periods = periods;
		this.employees = employees;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * A final evaluation as its readers see it on the result page.
	 *
	 * @param evaluation the evaluation
	 * @param skp the plan's header
	 * @param owner whether the caller owns the plan (receives, appeals)
	 * @param appealOpen whether an appeal may be filed now (received, window open, none
	 * filed)
	 * @param appeal the appeal, if one was filed
	 */
	public record Result(Evaluation evaluation, Skp skp, boolean owner, boolean appealOpen, @Nullable Appeal appeal) {
	}

	/**
	 * An appeal with both sides, for those who may read it.
	 *
	 * @param appeal the appeal with its exchange
	 * @param evaluation the evaluation appealed
	 * @param skp the plan's header
	 * @param employeeName the employee's name
	 * @param appraiserName the pejabat penilai's name
	 * @param deciderName the decider's name, null when Admin BKPSDM decides
	 * @param names the names of the authors of the exchange by employee id
	 * @param role the caller's part in the appeal, null for a reader (Admin, Auditor)
	 */
	public record AppealCase(Appeal appeal, Evaluation evaluation, Skp skp, String employeeName,
			@Nullable String appraiserName, @Nullable String deciderName, Map<Long, String> names,
			@Nullable AppealParty role) {

		/** Whether the caller may ask for explanations and decide. */
		public boolean decides() {
			return this.role == AppealParty.DECIDER && this.appeal.getStatus() == AppealStatus.FILED;
		}

		/** Whether a request waits for the caller's answer. */
		public boolean answers() {
			return this.role != null && this.role != AppealParty.DECIDER
					&& this.appeal.getStatus() == AppealStatus.FILED
					&& this.appeal.openRequestFor(this.role).isPresent();
		}

	}

	/**
	 * An appeal as listed.
	 *
	 * @param appeal the appeal
	 * @param employeeName who appealed
	 * @param periodCode the evaluation's period
	 * @param skpId the plan
	 */
	public record AppealLine(Appeal appeal, String employeeName, String periodCode, long skpId) {
	}

	/**
	 * The appeals that concern the caller.
	 *
	 * @param mine the caller's own appeals
	 * @param toDecide the appeals waiting for (or decided by) the caller
	 * @param aboutMyRatings appeals against ratings the caller gave
	 */
	public record AppealLists(List<AppealLine> mine, List<AppealLine> toDecide, List<AppealLine> aboutMyRatings) {
	}

	/**
	 * Return the evaluation of a plan's period for those who may read the plan (404 for
	 * another agency's or an unknown one).
	 */
	@Transactional(readOnly = true)
	public Evaluation evaluation(long skpId, String periodCode) {
		this.access.requireRead(this.plans.header(skpId));
		return this.evaluations.findBySkpIdAndPeriodCode(skpId, periodCode)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.not-found"));
	}

	/** Return a final evaluation for its result page, for those who may read the plan. */
	@Transactional(readOnly = true)
	public Result result(long evaluationId) {
		Evaluation evaluation = this.evaluations.findById(evaluationId)
			.filter((found) -> found.getAgencyId() == EvaluationAccess.actor().agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.not-found"));
		Skp skp = this.plans.header(evaluation.getSkpId());
		this.access.requireRead(skp);
		return result(evaluation, skp);
	}

	/** Return the result of a plan's period, for those who may read the plan. */
	@Transactional(readOnly = true)
	public Result result(long skpId, String periodCode) {
		Evaluation evaluation = evaluation(skpId, periodCode);
		return result(evaluation, this.plans.header(skpId));
	}

	private Result result(Evaluation evaluation, Skp skp) {
		Appeal appeal = this.appeals.findByEvaluationId(evaluation.getId()).orElse(null);
		boolean owner = this.access.owns(skp);
		return new Result(evaluation, skp, owner, owner && appeal == null && windowOpen(evaluation), appeal);
	}

	/**
	 * Record the owner's receipt of the finalised evaluation (FINALISED → ACKNOWLEDGED):
	 * the appeal window runs from today to the end of today + the year's
	 * {@code appealDays}. Refused: another person (403), an evaluation not final or
	 * received before (409).
	 */
	@Transactional
	public Evaluation acknowledge(long skpId, String periodCode) {
		Skp skp = this.plans.header(skpId);
		Evaluation evaluation = evaluation(skpId, periodCode);
		if (!this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.receipt.owner-only");
		}
		if (evaluation.getStatus() == EvaluationStatus.ACKNOWLEDGED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.receipt.already", periodCode);
		}
		int days = this.periods.year(skp.getAgencyId(), evaluation.getPeriodYear()).getAppealDays();
		evaluation.acknowledge(Instant.now(this.clock), today().plusDays(days));
		return this.evaluations.save(evaluation);
	}

	/**
	 * File the owner's appeal against a received evaluation within the window. Refused:
	 * another person (403), not received yet (409), after the window (422), a second
	 * appeal (409), empty reasons (422 naming {@code reasons}).
	 */
	@Transactional
	public Appeal file(long skpId, String periodCode, @Nullable String reasons) {
		Skp skp = this.plans.header(skpId);
		Evaluation evaluation = evaluation(skpId, periodCode);
		if (!this.access.owns(skp)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.appeal.owner-only");
		}
		String text = required("reasons", reasons);
		if (evaluation.getStatus() != EvaluationStatus.ACKNOWLEDGED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.not-received", periodCode);
		}
		if (this.appeals.findByEvaluationId(evaluation.getId()).isPresent()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.exists", periodCode);
		}
		if (!windowOpen(evaluation)) {
			throw new KinerjaException(HttpStatus.UNPROCESSABLE_ENTITY, "evaluation.appeal.window-closed",
					evaluation.getAppealDeadline());
		}
		Long appraiserId = evaluation.getRatedById();
		if (appraiserId == null) {
			appraiserId = this.access.appraiserOf(skp).employeeId();
		}
		Supervisor upper = this.access.upperAppraiserOf(skp);
		Long deciderId = upper.regionalHead() ? null : upper.employeeId();
		try {
			return this.appeals.save(Appeal.file(evaluation, appraiserId, deciderId, text, Instant.now(this.clock)));
		}
		catch (DuplicateKeyException ex) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.exists", periodCode);
		}
	}

	/**
	 * Ask the pejabat penilai or the employee for an explanation, as the decider.
	 * Refused: anyone else (403), a decided appeal (409), no addressee or text (422).
	 */
	@Transactional
	public Appeal ask(long appealId, @Nullable AppealParty addressee, @Nullable String body) {
		Appeal appeal = readable(appealId);
		if (role(appeal) != AppealParty.DECIDER) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.appeal.decider-only");
		}
		requireOpen(appeal);
		List<FieldProblem> problems = new ArrayList<>();
		if (addressee == null || addressee == AppealParty.DECIDER) {
			problems.add(new FieldProblem("addressedTo", "evaluation.appeal.request.addressee"));
		}
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty()) {
			problems.add(new FieldProblem("body", "evaluation.appeal.body.required"));
		}
		else if (text.length() > TEXT) {
			problems.add(new FieldProblem("body", "evaluation.appeal.text.size", TEXT));
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, problems);
		}
		appeal.ask(Objects.requireNonNull(addressee), EvaluationAccess.actor().employeeId(), text,
				Instant.now(this.clock));
		return this.appeals.save(appeal);
	}

	/**
	 * Answer the decider's request, as the party it asks (the pejabat penilai or the
	 * employee). Refused: anyone else (403), no request waiting or a decided appeal
	 * (409), no text (422).
	 */
	@Transactional
	public Appeal answer(long appealId, @Nullable String body) {
		Appeal appeal = readable(appealId);
		AppealParty party = role(appeal);
		if (party == null || party == AppealParty.DECIDER) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.appeal.answer.not-asked");
		}
		requireOpen(appeal);
		if (appeal.openRequestFor(party).isEmpty()) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.appeal.answer.not-asked");
		}
		String text = required("body", body);
		appeal.answer(party, EvaluationAccess.actor().employeeId(), text, Instant.now(this.clock));
		return this.appeals.save(appeal);
	}

	/**
	 * Decide the appeal, once and finally, as the atasan pejabat penilai (Admin BKPSDM
	 * when the regional head is above): KEEP, or CHANGE with both new ratings (not the
	 * same as now; the predikat follows by the matrix), always with a reason. CHANGE
	 * changes the evaluation. Publishes {@link AppealDecided}. Refused: anyone else
	 * (403), deciding twice or a stale version (409), no decision or reason, CHANGE
	 * without ratings or with the same ones (422).
	 */
	@Transactional
	public Appeal decide(long appealId, @Nullable AppealDecision decision, @Nullable String reason,
			@Nullable Rating hasil, @Nullable Rating perilaku, @Nullable Long expectedVersion) {
		Appeal appeal = readable(appealId);
		if (role(appeal) != AppealParty.DECIDER) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.appeal.decider-only");
		}
		requireOpen(appeal);
		if (expectedVersion != null && !expectedVersion.equals(appeal.getVersion())) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.stale");
		}
		Evaluation evaluation = this.evaluations.findById(appeal.getEvaluationId()).orElseThrow();
		List<FieldProblem> problems = new ArrayList<>();
		if (decision == null) {
			problems.add(new FieldProblem("decision", "evaluation.appeal.decision.required"));
		}
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			problems.add(new FieldProblem("reason", "evaluation.appeal.reason.required"));
		}
		else if (why.length() > TEXT) {
			problems.add(new FieldProblem("reason", "evaluation.appeal.text.size", TEXT));
		}
		if (decision == AppealDecision.CHANGE) {
			if (hasil == null) {
				problems.add(new FieldProblem("ratingHasil", "evaluation.appeal.change.rating-required"));
			}
			if (perilaku == null) {
				problems.add(new FieldProblem("ratingPerilaku", "evaluation.appeal.change.rating-required"));
			}
			if (hasil != null && perilaku != null && hasil == evaluation.getRatingHasil()
					&& perilaku == evaluation.getRatingPerilaku()) {
				problems.add(new FieldProblem("ratingHasil", "evaluation.appeal.change.same"));
			}
		}
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, problems);
		}
		Instant now = Instant.now(this.clock);
		String by = EvaluationAccess.actor().username();
		if (decision == AppealDecision.CHANGE) {
			Rating newHasil = Objects.requireNonNull(hasil);
			Rating newPerilaku = Objects.requireNonNull(perilaku);
			appeal.change(newHasil, newPerilaku, why, by, now);
			evaluation.changeByAppeal(newHasil, newPerilaku);
			this.evaluations.save(evaluation);
		}
		else {
			appeal.keep(why, by, now);
		}
		Appeal saved = this.appeals.save(appeal);
		this.events.publishEvent(new AppealDecided(saved.getId(), evaluation.getId(), evaluation.getEmployeeId(),
				decision == AppealDecision.CHANGE, Objects.requireNonNull(evaluation.getPredikat())));
		return saved;
	}

	/**
	 * Return an appeal with both sides, for the employee, the pejabat penilai, the
	 * decider, Admin BKPSDM and the Auditor (403 for others, 404 for another agency).
	 */
	@Transactional(readOnly = true)
	public AppealCase appeal(long appealId) {
		Appeal appeal = readable(appealId);
		Evaluation evaluation = this.evaluations.findById(appeal.getEvaluationId()).orElseThrow();
		Skp skp = this.plans.header(evaluation.getSkpId());
		Map<Long, String> names = new LinkedHashMap<>();
		for (Appeal.AppealMessage message : appeal.getMessages()) {
			if (message.authorId() != null) {
				names.computeIfAbsent(message.authorId(), this::name);
			}
		}
		return new AppealCase(appeal, evaluation, skp, name(appeal.getEmployeeId()),
				(appeal.getAppraiserId() != null) ? name(appeal.getAppraiserId()) : null,
				(appeal.getDeciderId() != null) ? name(appeal.getDeciderId()) : null, names, role(appeal));
	}

	/** Return the appeal of an evaluation, if any, for those who may read the plan. */
	@Transactional(readOnly = true)
	public Optional<Appeal> appealOf(long skpId, String periodCode) {
		return this.appeals.findByEvaluationId(evaluation(skpId, periodCode).getId());
	}

	/**
	 * List the appeals that concern the caller: their own, those waiting for their
	 * decision (for Admin BKPSDM also those above which the regional head stands), and
	 * those against ratings they gave.
	 */
	@Transactional(readOnly = true)
	public AppealLists lists() {
		Actor actor = EvaluationAccess.actor();
		Long self = actor.employeeId();
		List<Appeal> mine = (self != null) ? this.appeals.findByEmployeeIdOrderByFiledAtDesc(self) : List.of();
		List<Appeal> toDecide = new ArrayList<>(
				(self != null) ? this.appeals.findByDeciderIdOrderByFiledAtDesc(self) : List.of());
		if (actor.hasRole(EvaluationAccess.ADMIN_BKPSDM)) {
			toDecide.addAll(this.appeals.findByAgencyIdAndDeciderIdIsNullOrderByFiledAtDesc(actor.agencyId()));
		}
		toDecide.sort(Comparator.comparing((Appeal a) -> a.getStatus())
			.thenComparing(Appeal::getFiledAt, Comparator.reverseOrder()));
		List<Appeal> about = (self != null) ? this.appeals.findByAppraiserIdOrderByFiledAtDesc(self) : List.of();
		return new AppealLists(lines(mine, actor), lines(toDecide, actor), lines(about, actor));
	}

	private List<AppealLine> lines(List<Appeal> appeals, Actor actor) {
		return appeals.stream().filter((appeal) -> appeal.getAgencyId() == actor.agencyId()).map((appeal) -> {
			Evaluation evaluation = this.evaluations.findById(appeal.getEvaluationId()).orElseThrow();
			return new AppealLine(appeal, name(appeal.getEmployeeId()), evaluation.getPeriodCode(),
					evaluation.getSkpId());
		}).toList();
	}

	/** Return whether the evaluation's appeal window is open today. */
	public boolean windowOpen(Evaluation evaluation) {
		LocalDate deadline = evaluation.getAppealDeadline();
		return evaluation.getStatus() == EvaluationStatus.ACKNOWLEDGED && deadline != null
				&& !today().isAfter(deadline);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	private Appeal readable(long appealId) {
		Actor actor = EvaluationAccess.actor();
		Appeal appeal = this.appeals.findById(appealId)
			.filter((found) -> found.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.appeal.not-found"));
		if (role(appeal) == null && !actor.hasRole(EvaluationAccess.ADMIN_BKPSDM)
				&& !actor.hasRole(EvaluationAccess.AUDITOR)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.appeal.access-denied");
		}
		return appeal;
	}

	/** Return the caller's part in the appeal, null when none. */
	private @Nullable AppealParty role(Appeal appeal) {
		Actor actor = EvaluationAccess.actor();
		Long self = actor.employeeId();
		if (appeal.getAgencyId() != actor.agencyId()) {
			return null;
		}
		if (self != null && self == appeal.getEmployeeId()) {
			return AppealParty.EMPLOYEE;
		}
		if (appeal.getDeciderId() == null ? actor.hasRole(EvaluationAccess.ADMIN_BKPSDM)
				: appeal.getDeciderId().equals(self)) {
			return AppealParty.DECIDER;
		}
		if (self != null && self.equals(appeal.getAppraiserId())) {
			return AppealParty.APPRAISER;
		}
		return null;
	}

	private static void requireOpen(Appeal appeal) {
		if (appeal.getStatus() != AppealStatus.FILED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.decided");
		}
	}

	private static String required(String field, @Nullable String value) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty()) {
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
					List.of(new FieldProblem(field, "evaluation.appeal." + field + ".required")));
		}
		if (text.length() > TEXT) {
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_ENTITY,
					List.of(new FieldProblem(field, "evaluation.appeal.text.size", TEXT)));
		}
		return text;
	}

	private String name(long employeeId) {
		return this.employees.findById(employeeId).map(Employee::getFullName).orElse("—");
	}

}
