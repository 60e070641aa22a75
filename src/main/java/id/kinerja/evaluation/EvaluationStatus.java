package id.kinerja.evaluation;

/** Where an evaluation stands. */
public enum EvaluationStatus {

	/** Not rated yet: the employee may write the self-assessment. */
	OPEN,
	/** Rated by the pejabat penilai; may still change (and be calibrated). */
	RATED,
	/** Finalised: locked, waiting for the employee's receipt. */
	FINALISED,
	/** Received by the employee: the appeal window runs from then. */
	ACKNOWLEDGED;

	/** Whether the ratings may still be given or changed. */
	public boolean rateable() {
		return this == OPEN || this == RATED;
	}

	/** Whether the evaluation is final (locked). */
	public boolean locked() {
		return this == FINALISED || this == ACKNOWLEDGED;
	}

}
