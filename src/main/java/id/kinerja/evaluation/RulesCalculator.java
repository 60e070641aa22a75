package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerja.agency.Jenjang;
import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The rules calculators (kalkulator) of the contract: the predikat matrix, the
 * distribution curve and the credit points, for people on the calculator page and for
 * other systems through the API, with the same answers for both. Pure rules: they read
 * and write no one's data, so any signed-in user may call them. Input arrives as text (a
 * query parameter, a form field, a JSON value) and is checked here; a missing, unknown or
 * out-of-range value is refused with a {@link FieldsRejectedException} naming it.
 */
@Service
public class RulesCalculator {

	/** The most employees one predikat may count in a planned distribution. */
	public static final int MAX_COUNT = 100_000;

	private final MessageSource messages;

	RulesCalculator(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The predikat that two ratings give.
	 *
	 * @param hasil the rating hasil kerja
	 * @param perilaku the rating perilaku kerja
	 * @param predikat the predikat of the matrix cell
	 */
	public record PredikatAnswer(Rating hasil, Rating perilaku, Predikat predikat) {
	}

	/**
	 * The credit points a year in a functional position earns.
	 *
	 * @param jenjang the level
	 * @param predikat the annual predikat
	 * @param months the months in the position
	 * @param creditPoints the angka kredit, two decimals
	 */
	public record CreditAnswer(Jenjang jenjang, Predikat predikat, int months, BigDecimal creditPoints) {

		/** Return the jenjang's yearly coefficient. */
		public BigDecimal coefficient() {
			return this.jenjang.yearlyCoefficient();
		}

		/** Return the predikat's percentage of the coefficient. */
		public int percent() {
			return this.predikat.creditPercent();
		}

	}

	/**
	 * Return the predikat of the two ratings, given by their codes
	 * ({@code DI_ATAS_EKSPEKTASI} ...); refuses a missing or unknown code, naming
	 * {@code hasil} or {@code perilaku}.
	 */
	public PredikatAnswer predikat(@Nullable String hasil, @Nullable String perilaku) {
		List<FieldProblem> problems = new ArrayList<>();
		Rating h = choice("hasil", hasil, Rating.class, problems);
		Rating p = choice("perilaku", perilaku, Rating.class, problems);
		reject(problems);
		return new PredikatAnswer(h, p, Predikat.of(h, p));
	}

	/**
	 * Check a planned distribution: the unit's predikat kinerja organisasi and the number
	 * of employees planned for each predikat (a predikat left out counts 0). Refuses a
	 * missing or unknown {@code unitPredikat}, missing {@code counts}, a key of
	 * {@code counts} that is no predikat, and a count that is not a whole number from 0
	 * to {@value #MAX_COUNT} ({@code counts.BAIK}).
	 */
	public DistributionCurve.Check distribution(@Nullable String unitPredikat, @Nullable Map<String, ?> counts) {
		List<FieldProblem> problems = new ArrayList<>();
		OrganisationPredikat unit = choice("unitPredikat", unitPredikat, OrganisationPredikat.class, problems);
		Map<Predikat, @Nullable Integer> parsed = new EnumMap<>(Predikat.class);
		if (counts == null) {
			problems.add(new FieldProblem("counts", "evaluation.rules.required"));
		}
		else {
			counts.forEach((key, value) -> {
				Predikat predikat = parse(Predikat.class, key);
				if (predikat == null) {
					problems.add(new FieldProblem("counts." + key, "evaluation.rules.count.unknown", key,
							codes(Predikat.class)));
					return;
				}
				Integer count = count(value);
				if (count == null) {
					problems.add(new FieldProblem("counts." + key, "evaluation.rules.count.invalid", MAX_COUNT));
					return;
				}
				parsed.put(predikat, count);
			});
		}
		reject(problems);
		return DistributionCurve.check(unit, parsed);
	}

	/**
	 * Return the credit points of a year in a functional position; refuses a missing or
	 * unknown {@code jenjang} or {@code predikat}, and {@code months} that are not a
	 * whole number from 1 to 12.
	 */
	public CreditAnswer creditPoints(@Nullable String jenjang, @Nullable String predikat, @Nullable String months) {
		List<FieldProblem> problems = new ArrayList<>();
		Jenjang j = choice("jenjang", jenjang, Jenjang.class, problems);
		Predikat p = choice("predikat", predikat, Predikat.class, problems);
		Integer m = null;
		if (months == null || months.isBlank()) {
			problems.add(new FieldProblem("months", "evaluation.rules.required"));
		}
		else {
			m = wholeNumber(months.strip());
			if (m == null || m < 1 || m > 12) {
				problems.add(new FieldProblem("months", "evaluation.rules.months.invalid"));
				m = null;
			}
		}
		reject(problems);
		return new CreditAnswer(j, p, m, CreditPoints.of(j, p, m));
	}

	/** Return the localised name of a predikat. */
	public String label(Predikat predikat, Locale locale) {
		return this.messages.getMessage(predikat.messageKey(), null, locale);
	}

	/**
	 * Return the localised statement of a bound, with its rounded count for the unit's
	 * size and the actual count ("At most 70% Baik: of 10 employees at most 7; there are
	 * 8.").
	 */
	public String ruleText(DistributionCurve.Bound bound, Locale locale) {
		String or = " " + this.messages.getMessage("evaluation.curve.or", null, locale) + " ";
		String names = bound.predikat().stream().map((p) -> label(p, locale)).collect(Collectors.joining(or));
		return this.messages.getMessage(bound.kind().messageKey(),
				new Object[] { names, bound.value(), bound.allowed(), bound.total(), bound.actual() }, locale);
	}

	/**
	 * Return by how much a bound is missed, localised ("2 too many."), or an empty text
	 * when it holds.
	 */
	public String byText(DistributionCurve.Bound bound, Locale locale) {
		if (bound.holds()) {
			return "";
		}
		String key = bound.kind().name().startsWith("MAX") ? "evaluation.curve.by.over" : "evaluation.curve.by.under";
		return this.messages.getMessage(key, new Object[] { bound.by() }, locale);
	}

	/** Return the rounding rule of the curve, localised. */
	public String rounding(Locale locale) {
		return this.messages.getMessage("evaluation.curve.rounding", null, locale);
	}

	private static void reject(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new FieldsRejectedException(problems);
		}
	}

	private static <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "evaluation.rules.required"));
			return null;
		}
		E parsed = parse(type, value);
		if (parsed == null) {
			problems.add(new FieldProblem(field, "evaluation.rules.choice.unknown", value.strip(), codes(type)));
		}
		return parsed;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null) {
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter((e) -> e.name().equals(code)).findFirst().orElse(null);
	}

	private static <E extends Enum<E>> String codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	/** Return a count from 0 to the most, or null for anything else. */
	private static @Nullable Integer count(@Nullable Object value) {
		Integer count = null;
		if (value == null) {
			count = 0;
		}
		else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			long number = ((Number) value).longValue();
			count = (number < 0 || number > MAX_COUNT) ? null : (int) number;
		}
		else if (value instanceof String text) {
			count = text.isBlank() ? Integer.valueOf(0) : wholeNumber(text.strip());
		}
		return (count == null || count < 0 || count > MAX_COUNT) ? null : count;
	}

	private static @Nullable Integer wholeNumber(String text) {
		if (!text.matches("-?\\d{1,7}")) {
			return null;
		}
		return Integer.valueOf(text);
	}

}
