package id.kinerja.planning;

import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One performance year of an agency with the settings that vary between agencies
 * ({@code domain.md}, items marked "setting"): the periodic evaluation frequency, the
 * deadlines, how the distribution curve is enforced and over whom, the appeal window, and
 * whether the regional head rates the JPT.
 */
@Table("performance_period")
public class PerformancePeriod extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final int periodYear;

	private EvaluationFrequency frequency;

	private LocalDate skpDeadline;

	private int realisationDeadlineDay;

	private int ratingDeadlineDay;

	private LocalDate annualDeadline;

	private CurveEnforcement curveEnforcement;

	private CurveScope curveScope;

	private int appealDays;

	private boolean regionalHeadRatesJpt;

	private AnnualCombination annualCombination;

	@PersistenceCreator
	PerformancePeriod(long agencyId, int periodYear, EvaluationFrequency frequency, LocalDate skpDeadline,
			int realisationDeadlineDay, int ratingDeadlineDay, LocalDate annualDeadline,
			CurveEnforcement curveEnforcement, CurveScope curveScope, int appealDays, boolean regionalHeadRatesJpt,
			AnnualCombination annualCombination) {
		this.agencyId = agencyId;
		this.periodYear = periodYear;
		this.frequency = frequency;
		this.skpDeadline = skpDeadline;
		this.realisationDeadlineDay = realisationDeadlineDay;
		this.ratingDeadlineDay = ratingDeadlineDay;
		this.annualDeadline = annualDeadline;
		this.curveEnforcement = curveEnforcement;
		this.curveScope = curveScope;
		this.appealDays = appealDays;
		this.regionalHeadRatesJpt = regionalHeadRatesJpt;
		this.annualCombination = annualCombination;
	}

	/**
	 * The seeded defaults: monthly evaluation, SKP set by the end of January, realisation
	 * by the 5th and ratings by the 10th of the next month, the annual evaluation by the
	 * end of January of the next year, the curve as a warning over each unit, 14 days to
	 * appeal, the regional head rating the regional secretary only, and the SKP covering
	 * the most months giving the annual result of an employee who moved mid-year.
	 */
	static PerformancePeriod withDefaults(long agencyId, int year) {
		return new PerformancePeriod(agencyId, year, EvaluationFrequency.MONTHLY, LocalDate.of(year, 1, 31), 5, 10,
				LocalDate.of(year + 1, 1, 31), CurveEnforcement.WARNING, CurveScope.UNIT, 14, false,
				AnnualCombination.LONGEST);
	}

	void change(Settings settings) {
		this.frequency = settings.frequency();
		this.skpDeadline = settings.skpDeadline();
		this.realisationDeadlineDay = settings.realisationDeadlineDay();
		this.ratingDeadlineDay = settings.ratingDeadlineDay();
		this.annualDeadline = settings.annualDeadline();
		this.curveEnforcement = settings.curveEnforcement();
		this.curveScope = settings.curveScope();
		this.appealDays = settings.appealDays();
		this.regionalHeadRatesJpt = settings.regionalHeadRatesJpt();
		this.annualCombination = settings.annualCombination();
	}

	/**
	 * The settings of a year as entered.
	 *
	 * @param frequency how often the periodic evaluation happens
	 * @param skpDeadline the last day to have the SKP approved
	 * @param realisationDeadlineDay the day of the next month by which a period's
	 * realisation is due
	 * @param ratingDeadlineDay the day of the next month by which a period is rated
	 * @param annualDeadline the last day of the annual evaluation
	 * @param curveEnforcement warn or block when the distribution curve does not fit
	 * @param curveScope check the curve per unit or per pejabat penilai
	 * @param appealDays days to file an appeal after receiving the evaluation
	 * @param regionalHeadRatesJpt whether the regional head rates every JPT, not only the
	 * regional secretary
	 * @param annualCombination how the annual evaluations of several SKPs of a year
	 * combine into one result
	 */
	public record Settings(EvaluationFrequency frequency, LocalDate skpDeadline, int realisationDeadlineDay,
			int ratingDeadlineDay, LocalDate annualDeadline, CurveEnforcement curveEnforcement, CurveScope curveScope,
			int appealDays, boolean regionalHeadRatesJpt, AnnualCombination annualCombination) {
	}

	/** Return the settings as a value. */
	public Settings settings() {
		return new Settings(this.frequency, this.skpDeadline, this.realisationDeadlineDay, this.ratingDeadlineDay,
				this.annualDeadline, this.curveEnforcement, this.curveScope, this.appealDays, this.regionalHeadRatesJpt,
				this.annualCombination);
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public int getPeriodYear() {
		return this.periodYear;
	}

	public EvaluationFrequency getFrequency() {
		return this.frequency;
	}

	public LocalDate getSkpDeadline() {
		return this.skpDeadline;
	}

	public int getRealisationDeadlineDay() {
		return this.realisationDeadlineDay;
	}

	public int getRatingDeadlineDay() {
		return this.ratingDeadlineDay;
	}

	public LocalDate getAnnualDeadline() {
		return this.annualDeadline;
	}

	public CurveEnforcement getCurveEnforcement() {
		return this.curveEnforcement;
	}

	public CurveScope getCurveScope() {
		return this.curveScope;
	}

	public int getAppealDays() {
		return this.appealDays;
	}

	public boolean isRegionalHeadRatesJpt() {
		return this.regionalHeadRatesJpt;
	}

	public AnnualCombination getAnnualCombination() {
		return this.annualCombination;
	}

}
