package id.kinerja.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The pola distribusi: which mix of employee predikat a unit may have, given the unit's
 * predikat kinerja organisasi ({@code domain.md} section 5).
 *
 * <p>
 * Percentages become head counts by one rule, stated on every screen that shows the
 * curve: "at most p %" allows the count rounded <em>down</em> (⌊p·n/100⌋) and "at least p
 * %" needs the count rounded <em>up</em> (⌈p·n/100⌉), so a unit never exceeds or falls
 * short of the stated percentage. A unit with nobody rated yet fits.
 */
public final class DistributionCurve {

	private DistributionCurve() {
	}

	/** How a bound limits its count. */
	public enum Kind {

		/** At most a percentage of the rated employees. */
		MAX_PERCENT,
		/** At least a percentage of the rated employees. */
		MIN_PERCENT,
		/** At most a number of employees. */
		MAX_COUNT,
		/** At least a number of employees. */
		MIN_COUNT;

		boolean maximum() {
			return this == MAX_PERCENT || this == MAX_COUNT;
		}

		/** Return the message key that describes a bound of this kind. */
		public String messageKey() {
			return "evaluation.curve.rule." + name();
		}

	}

	/**
	 * One bound of a pattern, applied to a unit of {@code total} rated employees.
	 *
	 * @param predikat the predikat counted together
	 * @param kind how the count is limited
	 * @param value the percentage, or the count, as the rule states it
	 * @param allowed the head count the rule allows (the most for a maximum, the fewest
	 * for a minimum), after rounding
	 * @param actual how many have one of the predikat
	 * @param total how many are rated
	 */
	public record Bound(Set<Predikat> predikat, Kind kind, int value, int allowed, int actual, int total) {

		/** Whether the unit keeps to the bound. */
		public boolean holds() {
			return this.total == 0 || (this.kind.maximum() ? this.actual <= this.allowed : this.actual >= this.allowed);
		}

		/**
		 * Return by how many employees the bound is missed: the excess over a maximum or
		 * the shortfall under a minimum, 0 when it holds.
		 */
		public int by() {
			if (holds()) {
				return 0;
			}
			return this.kind.maximum() ? this.actual - this.allowed : this.allowed - this.actual;
		}

		/** Return the rule's code as the API names it. */
		public String rule() {
			return this.kind.name();
		}

		/** Return the predikat of the bound joined by commas, best first. */
		public String predikatCode() {
			return this.predikat.stream().map(Enum::name).collect(Collectors.joining(","));
		}

	}

	/**
	 * The verdict for one unit.
	 *
	 * @param unitPredikat the unit's predikat kinerja organisasi
	 * @param counts the number of employees with each predikat (every predikat present)
	 * @param total how many are rated
	 * @param bounds every bound of the pattern, with its rounded count
	 */
	public record Check(OrganisationPredikat unitPredikat, Map<Predikat, Integer> counts, int total,
			List<Bound> bounds) {

		/** Whether every bound holds. */
		public boolean fits() {
			return this.bounds.stream().allMatch(Bound::holds);
		}

		/** Return the bounds that do not hold. */
		public List<Bound> violations() {
			return this.bounds.stream().filter((bound) -> !bound.holds()).toList();
		}

	}

	/**
	 * Check the counts against the pattern of the unit's predikat. Null counts are zero;
	 * a negative count is refused.
	 */
	public static Check check(OrganisationPredikat unitPredikat, Map<Predikat, @Nullable Integer> counts) {
		Map<Predikat, Integer> all = new EnumMap<>(Predikat.class);
		int total = 0;
		for (Predikat predikat : Predikat.values()) {
			Integer count = counts.get(predikat);
			int value = (count == null) ? 0 : count;
			if (value < 0) {
				throw new IllegalArgumentException("negative count for " + predikat);
			}
			all.put(predikat, value);
			total += value;
		}
		List<Bound> bounds = new ArrayList<>();
		for (Rule rule : pattern(unitPredikat)) {
			int actual = rule.predikat().stream().mapToInt(all::get).sum();
			bounds.add(new Bound(rule.predikat(), rule.kind(), rule.value(), allowed(rule, total), actual, total));
		}
		return new Check(unitPredikat, all, total, List.copyOf(bounds));
	}

	/** Return the bounds of the pattern for a unit of the given size. */
	public static List<Bound> boundsFor(OrganisationPredikat unitPredikat, int total) {
		return pattern(unitPredikat).stream()
			.map((rule) -> new Bound(rule.predikat(), rule.kind(), rule.value(), allowed(rule, total), 0, total))
			.toList();
	}

	private static int allowed(Rule rule, int total) {
		return switch (rule.kind()) {
			case MAX_PERCENT -> (rule.value() * total) / 100;
			case MIN_PERCENT -> (rule.value() * total + 99) / 100;
			case MAX_COUNT, MIN_COUNT -> rule.value();
		};
	}

	private record Rule(Set<Predikat> predikat, Kind kind, int value) {

		static Rule of(Kind kind, int value, Predikat first, Predikat... rest) {
			return new Rule(java.util.Collections.unmodifiableSet(EnumSet.of(first, rest)), kind, value);
		}

	}

	private static List<Rule> pattern(OrganisationPredikat unitPredikat) {
		return switch (unitPredikat) {
			case ISTIMEWA -> List.of(Rule.of(Kind.MAX_PERCENT, 70, Predikat.SANGAT_BAIK));
			case BAIK -> List.of(Rule.of(Kind.MAX_PERCENT, 70, Predikat.BAIK),
					Rule.of(Kind.MIN_COUNT, 1, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG));
			case BUTUH_PERBAIKAN -> List.of(Rule.of(Kind.MIN_PERCENT, 60, Predikat.BUTUH_PERBAIKAN),
					Rule.of(Kind.MAX_PERCENT, 10, Predikat.SANGAT_BAIK));
			case KURANG -> List.of(Rule.of(Kind.MIN_PERCENT, 60, Predikat.KURANG),
					Rule.of(Kind.MIN_PERCENT, 10, Predikat.BUTUH_PERBAIKAN),
					Rule.of(Kind.MAX_PERCENT, 10, Predikat.SANGAT_BAIK));
			// "No Sangat Baik; the rest Baik": with Sangat Baik barred, what is neither
			// Sangat Kurang nor Kurang/Butuh Perbaikan can only be Baik.
			case SANGAT_KURANG -> List.of(Rule.of(Kind.MIN_PERCENT, 60, Predikat.SANGAT_KURANG),
					Rule.of(Kind.MIN_PERCENT, 10, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG),
					Rule.of(Kind.MAX_COUNT, 0, Predikat.SANGAT_BAIK));
		};
	}

}
