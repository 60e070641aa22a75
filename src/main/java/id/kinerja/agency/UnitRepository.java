package id.kinerja.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Units of an agency. */
public interface UnitRepository extends ListCrudRepository<Unit, Long> {

	/** List an agency's units ordered by code. */
	List<Unit> findByAgencyIdOrderByCode(long agencyId);

	/** Find a unit by its code within an agency. */
	Optional<Unit> findByAgencyIdAndCode(long agencyId, String code);

}
