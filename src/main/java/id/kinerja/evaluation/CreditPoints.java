package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import id.kinerja.agency.Jenjang;

/**
 * The yearly angka kredit of a functional position: the predikat's percentage of the
 * jenjang's yearly coefficient, pro-rated by the months in the position, rounded half up
 * to two decimals (Ahli Pertama, Sangat Baik, a full year: 12.5 × 150 % = 18.75).
 */
public final class CreditPoints {

	private CreditPoints() {
	}

	/**
	 * Return the credit points earned.
	 * @param jenjang the level of the functional position
	 * @param predikat the annual predikat
	 * @param months the months in the position in the year, 1 to 12
	 * @throws IllegalArgumentException for months outside 1 to 12
	 */
	public static BigDecimal of(Jenjang jenjang, Predikat predikat, int months) {
		if (months < 1 || months > 12) {
			throw new IllegalArgumentException("months must be 1 to 12: " + months);
		}
		return jenjang.yearlyCoefficient()
			.multiply(BigDecimal.valueOf((long) predikat.creditPercent() * months))
			.divide(BigDecimal.valueOf(1200), 2, RoundingMode.HALF_UP);
	}

}
