package id.kinerja.evaluation;

/** The parties of an appeal's exchange. */
public enum AppealParty {

	/** The employee who appealed. */
	EMPLOYEE,
	/** The pejabat penilai who gave the ratings. */
	APPRAISER,
	/** The atasan pejabat penilai (or Admin BKPSDM) who decides. */
	DECIDER

}
