package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

import id.kinerja.planning.Aspect;

import org.jspecify.annotations.Nullable;

/**
 * How the achievement (capaian) of an indicator in a period is computed from its target,
 * so that the same rule is shown on screen and applied everywhere:
 * <ul>
 * <li>a rate (a target in percent) — realised ÷ target;</li>
 * <li>a time (aspect Waktu, e.g. days of processing) — target ÷ realised, less is
 * better;</li>
 * <li>a count or a budget — the realisations so far added up, ÷ the part of the target
 * due by the end of the period (target × the share of the plan's days that have passed);
 * for a Biaya indicator with the period's budget given, realised ÷ that budget.</li>
 * </ul>
 * Achievement is a percent with two decimals; below 100 the employee explains the
 * obstacle, its cause and the planned fix.
 */
public final class Achievement {

	/** The kinds of rule. */
	public enum Rule {

		RATE, TIME, CUMULATIVE, BUDGET

	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal CAP = new BigDecimal("99999.99");

	private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d+)?");

	private Achievement() {
	}

	/**
	 * Read a number as people write it in Indonesia or in English: {@code 12},
	 * {@code 12,5}, {@code 1.250}, {@code 1.250,5}, {@code 1,250.5}, with an optional
	 * trailing percent sign or unit word after a space; null when it is not a number.
	 */
	public static @Nullable BigDecimal parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip().replace("\u00a0", " ");
		if (value.endsWith("%")) {
			value = value.substring(0, value.length() - 1).strip();
		}
		if (value.toLowerCase(Locale.ROOT).startsWith("rp")) {
			value = value.substring(2).strip().replaceFirst("^\\.", "").strip();
		}
		value = value.replace(" ", "");
		if (value.isEmpty()) {
			return null;
		}
		try {
			if (value.contains(".") && value.contains(",")) {
				boolean commaDecimal = value.lastIndexOf(',') > value.lastIndexOf('.');
				String digits = commaDecimal ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
				return checked(digits);
			}
			if (THOUSANDS.matcher(value).matches()) {
				return checked(value.replace(".", ""));
			}
			if (PLAIN.matcher(value).matches()) {
				return checked(value.replace(',', '.'));
			}
			return null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal checked(String digits) {
		if (!digits.matches("\\d+(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(digits);
	}

	/**
	 * Return the leading number of a target such as {@code 12}, {@code 95%} or
	 * {@code 3 hari}.
	 */
	public static @Nullable BigDecimal target(@Nullable String target) {
		BigDecimal whole = parse(target);
		if (whole != null || target == null) {
			return whole;
		}
		String first = target.strip().split("\\s+")[0];
		return parse(first);
	}

	/** Return which rule applies to an indicator. */
	public static Rule rule(@Nullable Aspect aspect, @Nullable String target, @Nullable String unit,
			@Nullable BigDecimal budget) {
		String words = ((target == null) ? "" : target) + " " + ((unit == null) ? "" : unit);
		String lower = words.toLowerCase(Locale.ROOT);
		if (aspect == Aspect.BIAYA && budget != null) {
			return Rule.BUDGET;
		}
		if (aspect == Aspect.WAKTU) {
			return Rule.TIME;
		}
		if (lower.contains("%") || lower.contains("persen") || lower.contains("percent")) {
			return Rule.RATE;
		}
		return Rule.CUMULATIVE;
	}

	/**
	 * Compute the achievement in percent, or null when it cannot be computed (no numeric
	 * target, a zero divisor).
	 * @param rule the rule
	 * @param target the target (for the whole plan)
	 * @param value the value realised in the period
	 * @param earlier the values realised in the plan's earlier periods, added up
	 * @param dueShare the share of the target due by the period's end, 0–1
	 * @param budget the period's budget of a Biaya indicator
	 * @return the percent
	 */
	public static @Nullable BigDecimal compute(Rule rule, @Nullable BigDecimal target, BigDecimal value,
			BigDecimal earlier, BigDecimal dueShare, @Nullable BigDecimal budget) {
		BigDecimal result = switch (rule) {
			case RATE -> divide(value, target);
			case TIME -> divide(target, value);
			case BUDGET -> divide(value, budget);
			case CUMULATIVE -> (target == null) ? null : divide(earlier.add(value), target.multiply(dueShare));
		};
		return (result == null) ? null : result.min(CAP);
	}

	private static @Nullable BigDecimal divide(@Nullable BigDecimal top, @Nullable BigDecimal bottom) {
		if (top == null || bottom == null || bottom.signum() == 0) {
			return null;
		}
		return top.multiply(HUNDRED).divide(bottom, 2, RoundingMode.HALF_UP);
	}

}
