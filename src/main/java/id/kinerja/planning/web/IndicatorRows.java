package id.kinerja.planning.web;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The indicator rows of a form (RHK, organisation goal): filled rows, then spare blank
 * ones for adding; blank rows are left out when saving, so a refusal that names the
 * service's n-th indicator belongs to the n-th filled row as shown.
 */
final class IndicatorRows {

	/** Rows offered for new indicators below the filled ones. */
	static final int SPARE_ROWS = 2;

	private IndicatorRows() {
	}

	/** Add blank rows until there are {@link #SPARE_ROWS} of them. */
	static <T> void pad(List<T> rows, Predicate<T> blank, Supplier<T> newRow) {
		long blanks = rows.stream().filter(blank).count();
		for (long i = blanks; i < SPARE_ROWS; i++) {
			rows.add(newRow.get());
		}
	}

	/**
	 * Map a field of the service's input ({@code indicators[0].target}, counting only
	 * filled rows) to the form's field (the row as shown).
	 */
	static <T> String formField(String inputField, List<T> rows, Predicate<T> blank) {
		if (!inputField.startsWith("indicators[")) {
			return inputField;
		}
		int close = inputField.indexOf(']');
		int filled = Integer.parseInt(inputField.substring("indicators[".length(), close));
		int seen = -1;
		for (int row = 0; row < rows.size(); row++) {
			if (!blank.test(rows.get(row)) && ++seen == filled) {
				return "indicators[" + row + "]" + inputField.substring(close + 1);
			}
		}
		return "indicators";
	}

}
