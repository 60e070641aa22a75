package id.kinerja.shared;

/**
 * Data that belongs to one agency (instansi). Every business row carries its agency,
 * which scopes every read and becomes the distribution key of a sharded deployment.
 */
public interface AgencyScoped {

	/** Return the id of the agency this row belongs to. */
	long getAgencyId();

}
