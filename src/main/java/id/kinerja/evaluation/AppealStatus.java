package id.kinerja.evaluation;

/** Where an appeal (keberatan) stands. */
public enum AppealStatus {

	/** Filed, waiting for the atasan pejabat penilai's decision. */
	FILED,
	/** Decided: final, nothing changes any more. */
	DECIDED

}
