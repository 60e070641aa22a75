package id.kinerja.agency;

import java.math.BigDecimal;

/**
 * The levels (jenjang) of functional positions, with the yearly credit-point coefficient.
 */
public enum Jenjang {

	PEMULA("3.75", false), TERAMPIL("5", false), MAHIR("12.5", false), PENYELIA("25", false),
	AHLI_PERTAMA("12.5", true), AHLI_MUDA("25", true), AHLI_MADYA("37.5", true), AHLI_UTAMA("50", true);

	private final BigDecimal yearlyCoefficient;

	private final boolean keahlian;

	Jenjang(String yearlyCoefficient, boolean keahlian) {
		this.yearlyCoefficient = new BigDecimal(yearlyCoefficient);
		this.keahlian = keahlian;
	}

	/** Return the yearly credit-point coefficient of this level. */
	public BigDecimal yearlyCoefficient() {
		return this.yearlyCoefficient;
	}

	/**
	 * Whether this is an expertise (keahlian) level rather than a skill (keterampilan)
	 * one.
	 */
	public boolean isKeahlian() {
		return this.keahlian;
	}

}
