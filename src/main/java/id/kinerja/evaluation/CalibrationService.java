package id.kinerja.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.evaluation.AnnualResults.AnnualResult;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration and finalisation of a unit's annual evaluations. The unit's leader (or
 * Admin BKPSDM) adjusts the ratings of the people counted in his unit, each change with a
 * reason (the previous values stay in the audit trail), and then finalises the unit:
 * every rated annual evaluation counted in it is locked at once, one transaction, with
 * {@link EvaluationFinalised} published for each.
 */
@Service
public class CalibrationService {

	private static final int REASON = 2000;

	private final EvaluationRepository evaluations;

	private final UnitFinalisationRepository finalisations;

	private final CurveQueries curves;

	private final CurveAccess access;

	private final UnitService units;

	private final EmployeeRepository employees;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalibrationService(EvaluationRepository evaluations, UnitFinalisationRepository finalisations, CurveQueries curves,
			CurveAccess access, UnitService units, EmployeeRepository employees, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.evaluations = evaluations;
		this.finalisations = finalisations;
		this.curves = curves;
		this.access = access;
		this.units = units;
		this.employees = employees;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Change the ratings of a rated annual evaluation in calibration. Allowed to Admin
	 * BKPSDM and to the leader of the unit the evaluation is counted in (403 otherwise,
	 * 404 for another agency's); refuses a missing rating or reason (422 naming the
	 * field), a rating hasil of a unit leader other than the one his unit's organisation
	 * result gives (422 naming {@code ratingHasil}), an evaluation not rated or already
	 * final (409) and an older version (409).
	 */
	@Transactional
	public Evaluation calibrate(long evaluationId, @Nullable String ratingHasil, @Nullable String ratingPerilaku,
			@Nullable String reason, @Nullable Long expectedVersion) {
		Actor actor = EvaluationAccess.actor();
		Evaluation evaluation = this.evaluations.findById(evaluationId)
			.filter((e) -> e.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "evaluation.not-found"));
		CurveSnapshot snapshot = this.curves.snapshot(actor.agencyId(), evaluation.getPeriodYear());
		if (!mayCalibrate(actor, evaluation, snapshot)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.calibration.denied");
		}
		if (!evaluation.isAnnual()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.calibration.annual-only");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Rating hasil = rating(ratingHasil, "ratingHasil", problems);
		Rating perilaku = rating(ratingPerilaku, "ratingPerilaku", problems);
		if (reason == null || reason.isBlank()) {
			problems.add(new FieldProblem("reason", "evaluation.calibration.reason.required"));
		}
		else if (reason.length() > REASON) {
			problems.add(new FieldProblem("reason", "evaluation.calibration.reason.long", REASON));
		}
		Long unitId = evaluation.getUnitId();
		OrganisationResult own = (unitId == null) ? null : snapshot.result(unitId);
		if (hasil != null && own != null && snapshot.leads(evaluation.getEmployeeId(), unitId)
				&& hasil != own.getPredikat().leaderRatingHasil()) {
			problems.add(new FieldProblem("ratingHasil", "evaluation.calibration.leader-hasil",
					new DefaultMessageSourceResolvable(own.getPredikat().messageKey()),
					new DefaultMessageSourceResolvable(own.getPredikat().leaderRatingHasil().messageKey())));
		}
		if (!problems.isEmpty() || hasil == null || perilaku == null || reason == null) {
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, problems);
		}
		evaluation.requireVersion(expectedVersion);
		evaluation.calibrate(hasil, perilaku, reason.strip(), actor.username(), Instant.now(this.clock));
		return this.evaluations.save(evaluation);
	}

	/** Whether the actor may calibrate the evaluation (for the pages). */
	public boolean mayCalibrate(Evaluation evaluation) {
		Actor actor = EvaluationAccess.actor();
		return evaluation.getAgencyId() == actor.agencyId()
				&& mayCalibrate(actor, evaluation, this.curves.snapshot(actor.agencyId(), evaluation.getPeriodYear()));
	}

	private boolean mayCalibrate(Actor actor, Evaluation evaluation, CurveSnapshot snapshot) {
		if (this.access.isAdmin(actor)) {
			return true;
		}
		for (Unit led : this.access.ledUnits(actor)) {
			Long counted = snapshot.countedIn(evaluation.getUnitId(), evaluation.getEmployeeId(), led.getId());
			if (Long.valueOf(led.getId()).equals(counted)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Rating rating(@Nullable String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "evaluation.calibration.rating.required"));
			return null;
		}
		try {
			return Rating.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "evaluation.calibration.rating.invalid", value));
			return null;
		}
	}

	/**
	 * Finalise the unit's annual evaluations of the year. By the unit's leader or Admin
	 * BKPSDM (403 otherwise); refused when already finalised (409), when no organisation
	 * result is set (409), when anyone counted is unrated (422, each listed under
	 * {@code unrated}), or when the curve does not fit and the year enforces it as a
	 * block ({@link CurveBlockedException}, 409). With a warning a misfit finalises and
	 * is recorded. Publishes {@link EvaluationFinalised} for each evaluation locked.
	 */
	@Transactional
	public UnitFinalisation finaliseUnit(String unitCode, int year) {
		Actor actor = EvaluationAccess.actor();
		Unit unit = this.units.require(actor.agencyId(), unitCode);
		if (!this.access.mayCalibrate(actor, unit)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.unitfinal.denied", unit.getName());
		}
		if (this.finalisations.findByUnitIdAndResultYear(unit.getId(), year).isPresent()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.unitfinal.already", unit.getName(), year);
		}
		CurveQueries.UnitDistribution distribution = this.curves.compute(actor.agencyId(), unit, year);
		if (distribution.result() == null) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.unitfinal.no-result", unit.getName(), year);
		}
		if (!distribution.unrated().isEmpty()) {
			Map<Long, Employee> people = this.employees
				.findAllById(distribution.unrated().stream().map(AnnualResult::employeeId).toList())
				.stream()
				.collect(Collectors.toMap(Employee::getId, (e) -> e));
			List<FieldProblem> problems = distribution.unrated().stream().map((member) -> {
				Employee person = people.get(member.employeeId());
				return new FieldProblem("unrated", "evaluation.unitfinal.unrated",
						(person == null) ? "" : person.getName(), (person == null) ? "" : person.getNip());
			}).toList();
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, problems);
		}
		boolean fits = distribution.fits();
		if (!fits && distribution.enforcement() == CurveEnforcement.BLOCK) {
			throw new CurveBlockedException(unit.getName(), distribution.violations());
		}
		Instant now = Instant.now(this.clock);
		List<Long> ids = annualEvaluationsCountedIn(actor.agencyId(), unit, year);
		List<Evaluation> toLock = this.evaluations.findAllById(ids)
			.stream()
			.filter((e) -> e.getStatus() == EvaluationStatus.RATED)
			.toList();
		String summary = distribution.counts()
			.entrySet()
			.stream()
			.map((entry) -> entry.getKey().name() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
		UnitFinalisation saved;
		try {
			saved = this.finalisations
				.save(new UnitFinalisation(actor.agencyId(), unit.getId(), year, now, actor.username(), toLock.size(),
						fits, distribution.result().getPredikat().name() + ": " + summary));
		}
		catch (DuplicateKeyException ex) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.unitfinal.already", unit.getName(), year);
		}
		for (Evaluation evaluation : toLock) {
			evaluation.finalise(actor.username(), now);
			Evaluation locked = this.evaluations.save(evaluation);
			this.events.publishEvent(new EvaluationFinalised(locked.getId(), locked.getSkpId(), locked.getEmployeeId(),
					locked.getPeriodCode(), true, java.util.Objects.requireNonNull(locked.getPredikat())));
		}
		return saved;
	}

	/**
	 * Return every annual evaluation of the year (not only each employee's combined one)
	 * that the curve counts in the unit.
	 */
	private List<Long> annualEvaluationsCountedIn(long agencyId, Unit unit, int year) {
		CurveSnapshot snapshot = this.curves.snapshot(agencyId, year);
		List<Long> ids = new ArrayList<>();
		this.jdbc
			.sql("SELECT id, employee_id, unit_id FROM evaluation WHERE agency_id = :agency AND period_year = :year"
					+ " AND annual")
			.param("agency", agencyId)
			.param("year", year)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class) })
			.list()
			.forEach((row) -> {
				if (Long.valueOf(unit.getId()).equals(snapshot.countedIn((Long) row[2], (Long) row[1], unit.getId()))) {
					ids.add((Long) row[0]);
				}
			});
		return ids;
	}

}
