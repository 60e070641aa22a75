package id.kinerja.evaluation;

/** The kinds of message in an appeal's exchange. */
public enum AppealMessageKind {

	/** The decider asks a party for an explanation. */
	REQUEST,
	/** The party answers. */
	ANSWER

}
