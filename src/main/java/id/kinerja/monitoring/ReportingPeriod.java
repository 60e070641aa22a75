package id.kinerja.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.planning.EvaluationFrequency;

import org.jspecify.annotations.Nullable;

/**
 * A reporting period of a year as the agency's evaluation frequency cuts it: a month
 * ({@code 2026-10}), a quarter ({@code 2026-Q4}) or a semester ({@code 2026-S2}).
 *
 * @param code the period's code
 * @param year the year
 * @param index the month, quarter or semester, from 1
 * @param frequency the frequency it belongs to
 * @param start the first day
 * @param end the last day
 */
public record ReportingPeriod(String code, int year, int index, EvaluationFrequency frequency, LocalDate start,
		LocalDate end) {

	private static final Pattern CODE = Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4])|S([12]))");

	/** Return the number of months in a period of the frequency. */
	public static int months(EvaluationFrequency frequency) {
		return switch (frequency) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case SEMESTER -> 6;
		};
	}

	/** Return the period of the frequency that contains the day. */
	public static ReportingPeriod containing(LocalDate day, EvaluationFrequency frequency) {
		int index = (day.getMonthValue() - 1) / months(frequency) + 1;
		return of(day.getYear(), index, frequency);
	}

	/** Return the period with the index in the year. */
	public static ReportingPeriod of(int year, int index, EvaluationFrequency frequency) {
		int months = months(frequency);
		LocalDate start = LocalDate.of(year, (index - 1) * months + 1, 1);
		LocalDate end = start.plusMonths(months).minusDays(1);
		String code = switch (frequency) {
			case MONTHLY -> "%d-%02d".formatted(year, index);
			case QUARTERLY -> "%d-Q%d".formatted(year, index);
			case SEMESTER -> "%d-S%d".formatted(year, index);
		};
		return new ReportingPeriod(code, year, index, frequency, start, end);
	}

	/** Return every period of the year, in order. */
	public static List<ReportingPeriod> all(int year, EvaluationFrequency frequency) {
		List<ReportingPeriod> periods = new ArrayList<>();
		for (int index = 1; index <= 12 / months(frequency); index++) {
			periods.add(of(year, index, frequency));
		}
		return periods;
	}

	/**
	 * Read a code written as the frequency writes it; null when the code is malformed or
	 * of another frequency.
	 */
	public static @Nullable ReportingPeriod parse(@Nullable String code, EvaluationFrequency frequency) {
		if (code == null) {
			return null;
		}
		Matcher matcher = CODE.matcher(code.strip());
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 2000 || year > 2999) {
			return null;
		}
		if (matcher.group(2) != null && frequency == EvaluationFrequency.MONTHLY) {
			int month = Integer.parseInt(matcher.group(2));
			return (month >= 1 && month <= 12) ? of(year, month, frequency) : null;
		}
		if (matcher.group(3) != null && frequency == EvaluationFrequency.QUARTERLY) {
			return of(year, Integer.parseInt(matcher.group(3)), frequency);
		}
		if (matcher.group(4) != null && frequency == EvaluationFrequency.SEMESTER) {
			return of(year, Integer.parseInt(matcher.group(4)), frequency);
		}
		return null;
	}

	/**
	 * Return the standard realisation deadline: the given day of the month after the
	 * period ends (the last day of that month when it is shorter).
	 */
	public LocalDate deadline(int deadlineDay) {
		LocalDate next = this.end.plusDays(1);
		return next.withDayOfMonth(Math.min(Math.max(deadlineDay, 1), next.lengthOfMonth()));
	}

	/** Whether the period shares a day with the span. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.start.isAfter(to) && !this.end.isBefore(from);
	}

}
