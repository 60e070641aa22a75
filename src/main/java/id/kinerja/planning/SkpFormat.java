package id.kinerja.planning;

/**
 * The two SKP formats: JPT (and unit heads at JPT level), whose RHKs derive from the
 * organisation's goals and are grouped by perspective; and every other employee, whose
 * RHKs support the direct supervisor's.
 */
public enum SkpFormat {

	JPT, NON_JPT

}
