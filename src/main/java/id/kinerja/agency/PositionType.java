package id.kinerja.agency;

/** The kinds of position (jenis jabatan), from the top down. */
public enum PositionType {

	JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL;

	/** Whether this is a high leadership position (JPT). */
	public boolean isJpt() {
		return this == JPT_UTAMA || this == JPT_MADYA || this == JPT_PRATAMA;
	}

	/** Whether holders of this type lead people (structural positions). */
	public boolean isStructural() {
		return isJpt() || this == ADMINISTRATOR || this == PENGAWAS;
	}

}
