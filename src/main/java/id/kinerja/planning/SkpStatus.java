package id.kinerja.planning;

/**
 * Where an SKP stands: being written, waiting for the pejabat penilai, approved and
 * locked, returned with notes, or closed early (the employee moved mid-year).
 */
public enum SkpStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED, CLOSED;

	/** Whether the owner may change the plan in this state. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
