package id.kinerja.evaluation;

/** The atasan pejabat penilai's decision on an appeal. */
public enum AppealDecision {

	/** The evaluation stands as it was. */
	KEEP,
	/** The ratings change (the predikat follows by the matrix). */
	CHANGE

}
