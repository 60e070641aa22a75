package id.kinerja.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.kinerja.evaluation.CurveQueries;
import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.Predikat;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The curve's words in the reader's language: each bound as its rule states it, by how
 * much it is missed, and the bound as JSON. Used by the API and the pages alike, so that
 * both say the same.
 */
@Component
public class CurveTexts {

	private final MessageSource messages;

	CurveTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** Return the predikat names of a bound joined by "or". */
	public String predikat(DistributionCurve.Bound bound, Locale locale) {
		String or = " " + this.messages.getMessage("evaluation.curve.or", null, locale) + " ";
		return bound.predikat()
			.stream()
			.sorted()
			.map((p) -> this.messages.getMessage(p.messageKey(), null, locale))
			.collect(Collectors.joining(or));
	}

	/** Return the rule of a bound with its rounded count and the actual count. */
	public String rule(DistributionCurve.Bound bound, Locale locale) {
		return this.messages.getMessage(bound.kind().messageKey(),
				new Object[] { predikat(bound, locale), bound.value(), bound.allowed(), bound.total(), bound.actual() },
				locale);
	}

	/** Return by how many the bound is missed, or null when it holds. */
	public @Nullable String by(DistributionCurve.Bound bound, Locale locale) {
		if (bound.holds()) {
			return null;
		}
		boolean maximum = bound.kind() == DistributionCurve.Kind.MAX_COUNT
				|| bound.kind() == DistributionCurve.Kind.MAX_PERCENT;
		return this.messages.getMessage(maximum ? "evaluation.curve.by.over" : "evaluation.curve.by.under",
				new Object[] { bound.by() }, locale);
	}

	/** Return a violation's message: the rule and by how much it is missed. */
	public String message(DistributionCurve.Bound bound, Locale locale) {
		String by = by(bound, locale);
		return (by == null) ? rule(bound, locale) : rule(bound, locale) + " " + by;
	}

	public String rounding(Locale locale) {
		return this.messages.getMessage("evaluation.curve.rounding", null, locale);
	}

	/** Return a bound as JSON. */
	public Map<String, Object> bound(DistributionCurve.Bound bound, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("predikat", bound.predikatCode());
		json.put("rule", bound.rule());
		json.put("value", bound.value());
		json.put("allowed", bound.allowed());
		json.put("actual", bound.actual());
		json.put("holds", bound.holds());
		json.put("by", bound.by());
		json.put("message", message(bound, locale));
		return json;
	}

	/**
	 * Return a violation as JSON: {@code predikat}, {@code rule}, {@code message} and
	 * more.
	 */
	public Map<String, Object> violation(CurveQueries.Violation violation, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("predikat", violation.bound().predikatCode());
		json.put("rule", violation.bound().rule());
		json.put("message", message(violation.bound(), locale));
		json.put("allowed", violation.bound().allowed());
		json.put("actual", violation.bound().actual());
		json.put("by", violation.bound().by());
		if (violation.appraiserId() != null) {
			json.put("appraiserId", violation.appraiserId());
		}
		return json;
	}

	/** Return the counts with every predikat present, best first. */
	static Map<String, Integer> counts(Map<Predikat, Integer> counts) {
		Map<String, Integer> json = new LinkedHashMap<>();
		for (Predikat predikat : Predikat.values()) {
			json.put(predikat.name(), counts.getOrDefault(predikat, 0));
		}
		return json;
	}

	static List<String> names(List<Predikat> predikat) {
		return predikat.stream().map(Enum::name).toList();
	}

}
