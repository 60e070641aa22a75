package id.kinerja.monitoring;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Evidence of realisations. */
interface EvidenceRepository extends ListCrudRepository<Evidence, Long> {

	List<Evidence> findByRealisationIdOrderById(long realisationId);

	List<Evidence> findByRealisationIdIn(List<Long> realisationIds);

	long countByRealisationId(long realisationId);

}
