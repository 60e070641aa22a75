package id.kinerja.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Units of an agency. */
public interface UnitRepository extends ListCrudRepository<Unit, Long> {

	/** List an agency's units ordered by code. */
	List<Unit> findByAgencyIdOrderByCode(long agencyId);

	/**
	 * List the units whose path matches a LIKE pattern (see
	 * {@link UnitService#likePrefix}).
	 */
	@Query("SELECT * FROM unit WHERE agency_id = :agencyId AND path LIKE :pathPattern ESCAPE '\\' ORDER BY path")
	List<Unit> findSubtree(long agencyId, String pathPattern);

	/** Find a unit by its code within an agency. */
	Optional<Unit> findByAgencyIdAndCode(long agencyId, String code);

}
