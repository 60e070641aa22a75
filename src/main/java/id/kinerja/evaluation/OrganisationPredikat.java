package id.kinerja.evaluation;

/**
 * The predikat kinerja organisasi of a unit for a year. It fixes the distribution pattern
 * of the predikat inside the unit and gives the unit's leader his rating hasil kerja.
 */
public enum OrganisationPredikat {

	ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

	/**
	 * Return the unit leader's rating hasil kerja: Istimewa is above expectation, Baik as
	 * expected, anything lower below expectation.
	 */
	public Rating leaderRatingHasil() {
		return switch (this) {
			case ISTIMEWA -> Rating.DI_ATAS_EKSPEKTASI;
			case BAIK -> Rating.SESUAI_EKSPEKTASI;
			case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> Rating.DI_BAWAH_EKSPEKTASI;
		};
	}

	/** Return the message key of the predikat's name. */
	public String messageKey() {
		return "evaluation.org-predikat." + name();
	}

}
