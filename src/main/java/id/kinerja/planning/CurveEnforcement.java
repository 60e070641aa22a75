package id.kinerja.planning;

/** Whether a distribution curve that does not fit warns or blocks finalisation. */
public enum CurveEnforcement {

	WARNING, BLOCK

}
