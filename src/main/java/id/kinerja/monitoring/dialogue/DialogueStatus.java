package id.kinerja.monitoring.dialogue;

/** Where a dialogue or a coaching session stands. */
public enum DialogueStatus {

	/** Planned, not yet held. */
	SCHEDULED,

	/** Held; notes and actions recorded. */
	HELD,

	/** Called off, with a reason. */
	CANCELLED

}
