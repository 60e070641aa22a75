package id.kinerja.employee;

/**
 * How a post is held: definitively, or acting (Plt for a vacancy, Plh for an absent
 * holder).
 */
public enum AssignmentKind {

	DEFINITIF, PLT, PLH;

	/** Whether this is an acting assignment. */
	public boolean isActing() {
		return this != DEFINITIF;
	}

}
