package id.kinerja.employee.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The value rules of the employee file that need no database. */
final class EmployeeRowChecks {

	static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M} .',-]+");

	static final Pattern TITLE = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'()&/-]+");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final Pattern PHONE = Pattern.compile("\\+?[0-9() -]+");

	static final int MAX_NAME = 200;

	static final int MAX_FRONT_TITLE = 60;

	static final int MAX_BACK_TITLE = 120;

	static final int MAX_POSITION_NAME = 300;

	static final int MAX_EMAIL = 200;

	static final int MAX_PHONE = 30;

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private EmployeeRowChecks() {
	}

	/** Parse a birth date written as YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY. */
	static Optional<LocalDate> date(String value) {
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/**
	 * Return whether a phone number is plausible: 6 to 15 digits, with +, spaces, ( ) -.
	 */
	static boolean phone(String value) {
		if (value.length() > MAX_PHONE || !PHONE.matcher(value).matches() || value.indexOf('+', 1) > 0) {
			return false;
		}
		long digits = value.chars().filter(Character::isDigit).count();
		return digits >= 6 && digits <= 15;
	}

	/** Return whether an e-mail address is plausible. */
	static boolean email(String value) {
		return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches();
	}

	/** Normalise an enum-like value: upper case, spaces as underscores. */
	static String constant(String value) {
		return value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
	}

	/** Return the value, or null when empty. */
	static @Nullable String orNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
