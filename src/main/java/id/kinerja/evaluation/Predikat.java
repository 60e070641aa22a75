package id.kinerja.evaluation;

/**
 * The predikat kinerja pegawai, best first. It always follows from the two ratings by the
 * fixed matrix of PermenPANRB 6/2022 ({@link #of}); "Cukup" is an older name of Butuh
 * Perbaikan, and {@link #KURANG} is shown as "Kurang/Misconduct".
 */
public enum Predikat {

	SANGAT_BAIK(150), BAIK(100), BUTUH_PERBAIKAN(75), KURANG(50), SANGAT_KURANG(25);

	private final int creditPercent;

	Predikat(int creditPercent) {
		this.creditPercent = creditPercent;
	}

	/**
	 * Return the predikat that the two ratings give.
	 *
	 * <pre>
	 * hasil \ perilaku   Di Bawah          Sesuai            Di Atas
	 * Di Atas            Kurang/Misconduct Baik              Sangat Baik
	 * Sesuai             Kurang/Misconduct Baik              Baik
	 * Di Bawah           Sangat Kurang     Butuh Perbaikan   Butuh Perbaikan
	 * </pre>
	 */
	public static Predikat of(Rating hasil, Rating perilaku) {
		if (hasil == Rating.DI_BAWAH_EKSPEKTASI) {
			return (perilaku == Rating.DI_BAWAH_EKSPEKTASI) ? SANGAT_KURANG : BUTUH_PERBAIKAN;
		}
		if (perilaku == Rating.DI_BAWAH_EKSPEKTASI) {
			return KURANG;
		}
		return (hasil == Rating.DI_ATAS_EKSPEKTASI && perilaku == Rating.DI_ATAS_EKSPEKTASI) ? SANGAT_BAIK : BAIK;
	}

	/** Return the message key of the predikat's name. */
	public String messageKey() {
		return "evaluation.predikat." + name();
	}

	/**
	 * Return the percentage of the jenjang's yearly credit-point coefficient that this
	 * predikat earns.
	 */
	public int creditPercent() {
		return this.creditPercent;
	}

	/** Whether this predikat is at least as good as the other. */
	public boolean atLeast(Predikat other) {
		return ordinal() <= other.ordinal();
	}

}
