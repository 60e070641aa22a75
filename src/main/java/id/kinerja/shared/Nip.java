package id.kinerja.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An 18-digit civil-servant number: a PNS NIP ({@code YYYYMMDD YYYYMM G NNN}) or a PPPK
 * number ({@code YYYYMMDD YYYY CC G NNN}), told apart by the two digits after the year of
 * appointment, which are a month for a PNS and never a month for a PPPK.
 *
 * @param value the 18 digits
 * @param asnType PNS or PPPK
 * @param birthDate the birth date encoded in the first eight digits
 * @param sex {@code L} or {@code P}
 */
public record Nip(String value, AsnType asnType, LocalDate birthDate, String sex) {

	private static final Pattern DIGITS = Pattern.compile("\\d{18}");

	private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("\\d(?:[.,]\\d+)?[eE]\\+?\\d+");

	/** The kinds of ASN. */
	public enum AsnType {

		PNS, PPPK

	}

	/**
	 * The outcome of checking a candidate NIP: the parsed number when valid, else message
	 * keys of what is wrong.
	 *
	 * @param nip the parsed number, when valid
	 * @param errors message keys, empty when valid
	 */
	public record Check(@Nullable Nip nip, List<String> errors) {

		public boolean valid() {
			return this.nip != null;
		}

	}

	/** Check a candidate NIP and say every way in which it is wrong. */
	public static Check check(@Nullable String candidate) {
		String value = (candidate != null) ? candidate.strip() : "";
		List<String> errors = new ArrayList<>();
		if (SPREADSHEET_NUMBER.matcher(value).matches()) {
			errors.add("shared.nip.spreadsheet");
			return new Check(null, errors);
		}
		if (!DIGITS.matcher(value).matches()) {
			errors.add("shared.nip.format");
			return new Check(null, errors);
		}
		LocalDate birthDate = null;
		try {
			birthDate = LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
		}
		catch (DateTimeException ex) {
			errors.add("shared.nip.birth-date");
		}
		int appointmentYear = num(value, 8, 12);
		int code = num(value, 12, 14);
		AsnType type = (code >= 1 && code <= 12) ? AsnType.PNS : AsnType.PPPK;
		if (type == AsnType.PPPK && code < 13) {
			errors.add("shared.nip.appointment-month");
		}
		if (birthDate != null) {
			int ageAtAppointment = appointmentYear - birthDate.getYear();
			if (ageAtAppointment < 17 || ageAtAppointment > 60) {
				errors.add("shared.nip.appointment-year");
			}
			if (type == AsnType.PNS && YearMonth.of(appointmentYear, code).isAfter(YearMonth.now().plusYears(1))) {
				errors.add("shared.nip.appointment-year");
			}
		}
		char sexDigit = value.charAt(14);
		if (sexDigit != '1' && sexDigit != '2') {
			errors.add("shared.nip.sex");
		}
		if (value.endsWith("000")) {
			errors.add("shared.nip.sequence");
		}
		if (!errors.isEmpty() || birthDate == null) {
			return new Check(null, List.copyOf(errors));
		}
		return new Check(new Nip(value, type, birthDate, (sexDigit == '1') ? "L" : "P"), List.of());
	}

	private static int num(String value, int from, int to) {
		return Integer.parseInt(value.substring(from, to));
	}

}
