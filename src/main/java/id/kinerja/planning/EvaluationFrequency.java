package id.kinerja.planning;

/** How often the periodic evaluation happens in an agency's year. */
public enum EvaluationFrequency {

	MONTHLY, QUARTERLY, SEMESTER

}
