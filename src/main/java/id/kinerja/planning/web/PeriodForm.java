package id.kinerja.planning.web;

import java.time.LocalDate;

import id.kinerja.planning.AnnualCombination;
import id.kinerja.planning.CurveEnforcement;
import id.kinerja.planning.CurveScope;
import id.kinerja.planning.EvaluationFrequency;
import id.kinerja.planning.PerformancePeriod;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The settings form of a performance year.
 *
 * @param frequency how often the periodic evaluation happens
 * @param skpDeadline the last day to set the SKP
 * @param realisationDeadlineDay the day of the next month realisation is due
 * @param ratingDeadlineDay the day of the next month ratings are due
 * @param annualDeadline the last day of the annual evaluation
 * @param curveEnforcement warn or block
 * @param curveScope per unit or per pejabat penilai
 * @param appealDays days to appeal
 * @param regionalHeadRatesJpt whether the regional head rates every JPT (unticked: no)
 * @param annualCombination how several SKPs of a year combine into the annual result
 * @param version the version that was read
 */
record PeriodForm(@NotNull(message = "{planning.period.frequency.required}") @Nullable EvaluationFrequency frequency,
		@NotNull(message = "{planning.period.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate skpDeadline,
		@NotNull(message = "{planning.period.deadline-day.range}") @Nullable Integer realisationDeadlineDay,
		@NotNull(message = "{planning.period.deadline-day.range}") @Nullable Integer ratingDeadlineDay,
		@NotNull(message = "{planning.period.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate annualDeadline,
		@NotNull(message = "{planning.period.curve.required}") @Nullable CurveEnforcement curveEnforcement,
		@NotNull(message = "{planning.period.curve.required}") @Nullable CurveScope curveScope,
		@NotNull(message = "{planning.period.appeal-days.range}") @Nullable Integer appealDays,
		@Nullable Boolean regionalHeadRatesJpt, @Nullable AnnualCombination annualCombination, @Nullable Long version) {

	static PeriodForm of(PerformancePeriod period) {
		PerformancePeriod.Settings settings = period.settings();
		return new PeriodForm(settings.frequency(), settings.skpDeadline(), settings.realisationDeadlineDay(),
				settings.ratingDeadlineDay(), settings.annualDeadline(), settings.curveEnforcement(),
				settings.curveScope(), settings.appealDays(), settings.regionalHeadRatesJpt(),
				settings.annualCombination(), period.getVersion());
	}

	/** Return the settings; an omitted annual combination keeps the current one. */
	PerformancePeriod.Settings settings(AnnualCombination current) {
		return new PerformancePeriod.Settings(this.frequency, this.skpDeadline, this.realisationDeadlineDay,
				this.ratingDeadlineDay, this.annualDeadline, this.curveEnforcement, this.curveScope, this.appealDays,
				Boolean.TRUE.equals(this.regionalHeadRatesJpt),
				(this.annualCombination != null) ? this.annualCombination : current);
	}

}
