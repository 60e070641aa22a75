package id.kinerja.monitoring.late;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.planning.EvaluationFrequency;

import org.jspecify.annotations.Nullable;

/**
 * A periodic evaluation period by its code ({@code 2026-10} monthly, {@code 2026-Q4}
 * quarterly, {@code 2026-S2} semester) with its first and last day.
 *
 * @param code the code
 * @param year the year
 * @param frequency the frequency the code belongs to
 * @param index the period's number in the year, from 1
 * @param start the first day
 * @param end the last day
 */
record LatePeriod(String code, int year, EvaluationFrequency frequency, int index, LocalDate start, LocalDate end) {

	private static final Pattern CODE = Pattern.compile("(\\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12]))");

	/** Return the period of the code, or null when the code is malformed. */
	static @Nullable LatePeriod parse(String code) {
		Matcher matcher = CODE.matcher(code.strip().toUpperCase(java.util.Locale.ROOT));
		if (!matcher.matches()) {
			return null;
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) != null) {
			return of(year, EvaluationFrequency.MONTHLY, Integer.parseInt(matcher.group(2)));
		}
		if (matcher.group(3) != null) {
			return of(year, EvaluationFrequency.QUARTERLY, Integer.parseInt(matcher.group(3)));
		}
		return of(year, EvaluationFrequency.SEMESTER, Integer.parseInt(matcher.group(4)));
	}

	/** Return the period of the frequency holding the day. */
	static LatePeriod containing(LocalDate day, EvaluationFrequency frequency) {
		return of(day.getYear(), frequency, (day.getMonthValue() - 1) / months(frequency) + 1);
	}

	static LatePeriod of(int year, EvaluationFrequency frequency, int index) {
		int months = months(frequency);
		LocalDate start = LocalDate.of(year, (index - 1) * months + 1, 1);
		LocalDate end = start.plusMonths(months).minusDays(1);
		String code = switch (frequency) {
			case MONTHLY -> "%d-%02d".formatted(year, index);
			case QUARTERLY -> "%d-Q%d".formatted(year, index);
			case SEMESTER -> "%d-S%d".formatted(year, index);
		};
		return new LatePeriod(code, year, frequency, index, start, end);
	}

	/** Return the agency's deadline: the given day of the month after the period. */
	LocalDate deadline(int deadlineDay) {
		return this.end.plusDays(1).withDayOfMonth(deadlineDay);
	}

	private static int months(EvaluationFrequency frequency) {
		return switch (frequency) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case SEMESTER -> 6;
		};
	}

}
