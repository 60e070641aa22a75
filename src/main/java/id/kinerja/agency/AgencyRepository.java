package id.kinerja.agency;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Agencies by id or code. */
public interface AgencyRepository extends ListCrudRepository<Agency, Long> {

	/** Find the agency with the given unique code. */
	Optional<Agency> findByCode(String code);

}
