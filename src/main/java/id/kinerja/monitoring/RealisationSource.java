package id.kinerja.monitoring;

/**
 * Who reported a realisation: the employee, or another system through its client token.
 */
public enum RealisationSource {

	EMPLOYEE, SYSTEM

}
