package id.kinerja.evaluation;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DistributionCurveTests {

	private static Map<Predikat, Integer> counts(int sangatBaik, int baik, int butuhPerbaikan, int kurang,
			int sangatKurang) {
		Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
		counts.put(Predikat.SANGAT_BAIK, sangatBaik);
		counts.put(Predikat.BAIK, baik);
		counts.put(Predikat.BUTUH_PERBAIKAN, butuhPerbaikan);
		counts.put(Predikat.KURANG, kurang);
		counts.put(Predikat.SANGAT_KURANG, sangatKurang);
		return counts;
	}

	@Test
	void istimewaAllowsAtMostSeventyPercentSangatBaik() {
		assertThat(DistributionCurve.check(OrganisationPredikat.ISTIMEWA, counts(7, 3, 0, 0, 0)).fits()).isTrue();
		DistributionCurve.Check check = DistributionCurve.check(OrganisationPredikat.ISTIMEWA, counts(8, 2, 0, 0, 0));
		assertThat(check.fits()).isFalse();
		assertThat(check.violations()).singleElement().satisfies((bound) -> {
			assertThat(bound.rule()).isEqualTo("MAX_PERCENT");
			assertThat(bound.predikatCode()).isEqualTo("SANGAT_BAIK");
			assertThat(bound.allowed()).isEqualTo(7);
			assertThat(bound.by()).isEqualTo(1);
		});
	}

	@Test
	void baikAllowsAtMostSeventyPercentBaikAndNeedsOneBelow() {
		assertThat(DistributionCurve.check(OrganisationPredikat.BAIK, counts(2, 7, 1, 0, 0)).fits()).isTrue();
		assertThat(DistributionCurve.check(OrganisationPredikat.BAIK, counts(2, 7, 0, 1, 0)).fits()).isTrue();
		DistributionCurve.Check check = DistributionCurve.check(OrganisationPredikat.BAIK, counts(1, 9, 0, 0, 0));
		assertThat(check.violations()).extracting(DistributionCurve.Bound::rule, DistributionCurve.Bound::by)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MAX_PERCENT", 2),
					org.assertj.core.groups.Tuple.tuple("MIN_COUNT", 1));
		assertThat(check.violations().get(1).predikatCode()).isEqualTo("BUTUH_PERBAIKAN,KURANG");
	}

	@Test
	void butuhPerbaikanNeedsSixtyPercentAndAtMostTenPercentSangatBaik() {
		assertThat(DistributionCurve.check(OrganisationPredikat.BUTUH_PERBAIKAN, counts(1, 3, 6, 0, 0)).fits())
			.isTrue();
		DistributionCurve.Check check = DistributionCurve.check(OrganisationPredikat.BUTUH_PERBAIKAN,
				counts(2, 3, 5, 0, 0));
		assertThat(check.violations()).extracting(DistributionCurve.Bound::rule, DistributionCurve.Bound::by)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MIN_PERCENT", 1),
					org.assertj.core.groups.Tuple.tuple("MAX_PERCENT", 1));
	}

	@Test
	void kurangNeedsSixtyPercentKurangTenPercentButuhPerbaikanAndFewSangatBaik() {
		assertThat(DistributionCurve.check(OrganisationPredikat.KURANG, counts(1, 2, 1, 6, 0)).fits()).isTrue();
		DistributionCurve.Check check = DistributionCurve.check(OrganisationPredikat.KURANG, counts(2, 3, 0, 5, 0));
		assertThat(check.violations()).extracting(DistributionCurve.Bound::predikatCode)
			.containsExactly("KURANG", "BUTUH_PERBAIKAN", "SANGAT_BAIK");
	}

	@Test
	void sangatKurangNeedsSixtyPercentTenPercentBelowAndNoSangatBaik() {
		assertThat(DistributionCurve.check(OrganisationPredikat.SANGAT_KURANG, counts(0, 3, 0, 1, 6)).fits()).isTrue();
		DistributionCurve.Check check = DistributionCurve.check(OrganisationPredikat.SANGAT_KURANG,
				counts(1, 4, 0, 0, 5));
		assertThat(check.violations()).extracting(DistributionCurve.Bound::rule)
			.containsExactly("MIN_PERCENT", "MIN_PERCENT", "MAX_COUNT");
		assertThat(check.violations().get(1).predikatCode()).isEqualTo("BUTUH_PERBAIKAN,KURANG");
	}

	@Test
	void roundsMaximaDownAndMinimaUp() {
		// 5 employees: at most 70 % is 3.5 -> 3; at least 10 % is 0.5 -> 1; at least 60 %
		// is 3.
		assertThat(DistributionCurve.boundsFor(OrganisationPredikat.ISTIMEWA, 5))
			.extracting(DistributionCurve.Bound::allowed)
			.containsExactly(3);
		assertThat(DistributionCurve.boundsFor(OrganisationPredikat.KURANG, 5))
			.extracting(DistributionCurve.Bound::allowed)
			.containsExactly(3, 1, 0);
		assertThat(DistributionCurve.check(OrganisationPredikat.ISTIMEWA, counts(4, 1, 0, 0, 0)).fits()).isFalse();
	}

	@Test
	void fitsWhenNobodyIsRated() {
		assertThat(DistributionCurve.check(OrganisationPredikat.BAIK, Map.of()).fits()).isTrue();
	}

	@Test
	void refusesNegativeCounts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DistributionCurve.check(OrganisationPredikat.BAIK, counts(-1, 0, 0, 0, 0)));
	}

}
