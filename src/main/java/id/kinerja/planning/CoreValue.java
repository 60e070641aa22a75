package id.kinerja.planning;

/** The seven BerAKHLAK core values of ASN work behaviour (SE MenPANRB 20/2021). */
public enum CoreValue {

	BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF

}
