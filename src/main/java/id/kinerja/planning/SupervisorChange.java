package id.kinerja.planning;

/**
 * What happened to the supervisor's RHK that a draft RHK supports since it was linked: it
 * was changed, or removed. The owner reviews the link and the flag clears.
 */
public enum SupervisorChange {

	CHANGED, REMOVED

}
