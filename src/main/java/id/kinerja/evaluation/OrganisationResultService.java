package id.kinerja.evaluation;

import java.util.List;

import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.ReportingLines;
import id.kinerja.planning.PeriodService;
import id.kinerja.shared.Actor;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a unit's predikat kinerja organisasi for a year. Allowed to the leader above the
 * unit (who leads an ancestor unit, or stands above the unit's leader in the reporting
 * line) and to Admin BKPSDM; refused (403) to anyone else, the unit's own leader
 * included. When the result changes, the unit leader's annual evaluations of that year in
 * the unit that may still change follow it (his rating hasil kerja is the result's).
 * Audited by the aggregate's save; one transaction.
 */
@Service
public class OrganisationResultService {

	private static final int NOTE = 2000;

	private final OrganisationResultRepository results;

	private final UnitFinalisationRepository finalisations;

	private final EvaluationRepository evaluations;

	private final UnitService units;

	private final ReportingLines lines;

	private final PeriodService periods;

	private final CurveAccess access;

	OrganisationResultService(OrganisationResultRepository results, UnitFinalisationRepository finalisations,
			EvaluationRepository evaluations, UnitService units, ReportingLines lines, PeriodService periods,
			CurveAccess access) {
		this.results = results;
		this.finalisations = finalisations;
		this.evaluations = evaluations;
		this.units = units;
		this.lines = lines;
		this.periods = periods;
		this.access = access;
	}

	/**
	 * Set (or change) the unit's organisation result of the year.
	 * @param unitCode the unit's code (404 when unknown in the caller's agency)
	 * @param predikat the predikat's code ({@code ISTIMEWA} … {@code SANGAT_KURANG}); 422
	 * naming {@code predikat} otherwise
	 * @param expectedVersion the version the caller read (409 when older), or null
	 * @return the result as stored
	 */
	@Transactional
	public OrganisationResult set(String unitCode, int year, @Nullable String predikat, @Nullable String note,
			@Nullable Long expectedVersion) {
		Actor actor = EvaluationAccess.actor();
		Unit unit = this.units.require(actor.agencyId(), unitCode);
		Long leaderToday = this.lines.unitLeaders(actor.agencyId(), this.access.today()).get(unit.getId());
		if (!this.access.maySetResult(actor, unit, leaderToday)) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "evaluation.orgresult.denied", unit.getName());
		}
		OrganisationPredikat value = checked(year, predikat, note);
		if (this.finalisations.findByUnitIdAndResultYear(unit.getId(), year).isPresent()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.orgresult.finalised", unit.getName(), year);
		}
		OrganisationResult result = this.results.findByUnitIdAndResultYear(unit.getId(), year).orElse(null);
		String text = (note == null || note.isBlank()) ? null : note.strip();
		if (result == null) {
			result = OrganisationResult.of(actor.agencyId(), unit.getId(), year, value, text, actor.employeeId());
		}
		else {
			result.requireVersion(expectedVersion);
			result.change(value, text, actor.employeeId());
		}
		OrganisationResult saved = this.results.save(result);
		Long leader = this.lines.unitLeaders(actor.agencyId(), this.access.structureDay(year)).get(unit.getId());
		if (leader != null) {
			for (Evaluation evaluation : this.evaluations.findByEmployeeIdAndPeriodYearOrderByPeriodStart(leader,
					year)) {
				if (evaluation.isAnnual() && evaluation.getStatus().rateable()
						&& Long.valueOf(unit.getId()).equals(evaluation.getUnitId())) {
					evaluation.followOrganisationResult(value.leaderRatingHasil());
					this.evaluations.save(evaluation);
				}
			}
		}
		return saved;
	}

	private OrganisationPredikat checked(int year, @Nullable String predikat, @Nullable String note) {
		List<FieldProblem> problems = new java.util.ArrayList<>();
		try {
			this.periods.year(EvaluationAccess.actor().agencyId(), year);
		}
		catch (KinerjaException ex) {
			problems.add(new FieldProblem("year", "evaluation.orgresult.year.range", year));
		}
		OrganisationPredikat value = null;
		if (predikat == null || predikat.isBlank()) {
			problems.add(new FieldProblem("predikat", "evaluation.orgresult.predikat.required"));
		}
		else {
			try {
				value = OrganisationPredikat.valueOf(predikat.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("predikat", "evaluation.orgresult.predikat.invalid", predikat));
			}
		}
		if (note != null && note.length() > NOTE) {
			problems.add(new FieldProblem("note", "evaluation.orgresult.note.long", NOTE));
		}
		if (!problems.isEmpty() || value == null) {
			throw new FieldsRejectedException(HttpStatus.UNPROCESSABLE_CONTENT, problems);
		}
		return value;
	}

}
