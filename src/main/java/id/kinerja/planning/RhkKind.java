package id.kinerja.planning;

/** Whether a planned result is a main (Utama) or an additional (Tambahan) one. */
public enum RhkKind {

	UTAMA, TAMBAHAN

}
