package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Unit finalisations. */
interface UnitFinalisationRepository extends ListCrudRepository<UnitFinalisation, Long> {

	Optional<UnitFinalisation> findByUnitIdAndResultYear(long unitId, int resultYear);

	List<UnitFinalisation> findByAgencyIdAndResultYear(long agencyId, int resultYear);

}
