package id.kinerja.monitoring.dialogue;

/** Where an agreed action stands. */
public enum ActionStatus {

	/** Still to be done. */
	OPEN,

	/** Done, with the follow-up note. */
	DONE,

	/** Dropped by the supervisor, with the reason. */
	DROPPED

}
