package id.kinerja.monitoring.late;

import java.util.Locale;

/** What is late or missing, in the order the lists show them. */
public enum LateKind {

	/** No SKP of the year at all. */
	NO_SKP,
	/** An SKP of the year that was not approved by the year's SKP deadline. */
	SKP_NOT_APPROVED,
	/** No daily log entry in the last working days. */
	NO_DAILY_LOG,
	/** The period's realisation report not submitted although its deadline has passed. */
	NOT_SUBMITTED,
	/** The period's realisation report submitted after its deadline. */
	SUBMITTED_LATE,
	/** Submitted but not yet acknowledged by the pejabat penilai. */
	NOT_ACKNOWLEDGED;

	/** Return the message key of the kind's name. */
	public String messageKey() {
		return "monitoring.late.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether the kind is shown in red as Terlambat (the rest wait on someone else). */
	public boolean late() {
		return this != NOT_ACKNOWLEDGED;
	}

}
