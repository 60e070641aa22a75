package id.kinerja.planning;

/** Over whom the distribution curve is checked: the unit, or each pejabat penilai. */
public enum CurveScope {

	UNIT, APPRAISER

}
