package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Organisation results. */
interface OrganisationResultRepository extends ListCrudRepository<OrganisationResult, Long> {

	Optional<OrganisationResult> findByUnitIdAndResultYear(long unitId, int resultYear);

	List<OrganisationResult> findByAgencyIdAndResultYear(long agencyId, int resultYear);

}
