package id.kinerja.evaluation;

/**
 * A rating of results (rating hasil kerja) or of behaviour (rating perilaku kerja). There
 * is no numeric weighting: each is one of three.
 */
public enum Rating {

	DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI;

	/** Return the message key of the rating's name. */
	public String messageKey() {
		return "evaluation.rating." + name();
	}

	/** Whether a written reason is required: for any rating but "as expected". */
	public boolean needsReason() {
		return this != SESUAI_EKSPEKTASI;
	}

}
