package id.kinerja.agency;

/** The kinds of agency (instansi). */
public enum AgencyType {

	KABUPATEN, KOTA, PROVINSI, KEMENTERIAN_LEMBAGA

}
