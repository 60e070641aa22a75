package id.kinerja.monitoring.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.planning.PerformancePeriod;

/**
 * The realisation periods of an agency's year as the board needs them: code, first and
 * last day, and the deadline (the agency's deadline day in the month after the period).
 */
final class ReportPeriods {

	private ReportPeriods() {
	}

	/**
	 * One period of the year.
	 *
	 * @param code {@code 2026-10}, {@code 2026-Q4} or {@code 2026-S2}
	 * @param start its first day
	 * @param end its last day
	 * @param deadline the last day to submit its realisation
	 */
	record Period(String code, LocalDate start, LocalDate end, LocalDate deadline) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.start) && !day.isAfter(this.end);
		}

		boolean overlaps(LocalDate from, LocalDate to) {
			return !this.end.isBefore(from) && !this.start.isAfter(to);
		}

	}

	/** Return the periods of the year in order. */
	static List<Period> of(PerformancePeriod year) {
		int months = switch (year.getFrequency()) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case SEMESTER -> 6;
		};
		List<Period> periods = new ArrayList<>();
		for (int index = 0; index < 12 / months; index++) {
			LocalDate start = LocalDate.of(year.getPeriodYear(), index * months + 1, 1);
			LocalDate next = start.plusMonths(months);
			String code = year.getPeriodYear() + "-" + switch (year.getFrequency()) {
				case MONTHLY -> String.format("%02d", index + 1);
				case QUARTERLY -> "Q" + (index + 1);
				case SEMESTER -> "S" + (index + 1);
			};
			int day = Math.min(year.getRealisationDeadlineDay(), next.lengthOfMonth());
			periods.add(new Period(code, start, next.minusDays(1), next.withDayOfMonth(day)));
		}
		return periods;
	}

	/**
	 * Return the period of the year that holds the day, the first one for a day before
	 * the year, the last for a day after it.
	 */
	static Period current(List<Period> periods, LocalDate day) {
		if (day.isBefore(periods.get(0).start())) {
			return periods.get(0);
		}
		return periods.stream()
			.filter((period) -> period.contains(day))
			.findFirst()
			.orElse(periods.get(periods.size() - 1));
	}

}
