package id.kinerja.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code year} parameter of the cascade pages and API: the current year when
 * absent, a 400 naming the parameter when it is not a year from 2020 to 2100.
 */
final class YearParameter {

	private YearParameter() {
	}

	static int parse(@Nullable String year, Clock clock) {
		if (year == null || year.isBlank()) {
			return LocalDate.now(clock).getYear();
		}
		int parsed;
		try {
			parsed = Integer.parseInt(year.strip());
		}
		catch (NumberFormatException ex) {
			throw new FieldsRejectedException(List.of(new FieldProblem("year", "planning.tree.year.invalid", year)));
		}
		if (parsed < 2020 || parsed > 2100) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("year", "planning.period.year.range", 2020, 2100)));
		}
		return parsed;
	}

}
