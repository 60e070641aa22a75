package id.kinerja.planning;

/** The four perspectives that group a JPT's planned results. */
public enum Perspective {

	PENERIMA_LAYANAN, PROSES_BISNIS, PENGUATAN_INTERNAL, ANGGARAN

}
