package id.kinerja.planning;

/** The aspect a quantitative indicator measures. */
public enum Aspect {

	KUANTITAS, KUALITAS, WAKTU, BIAYA

}
