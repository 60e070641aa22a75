package id.kinerja.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Realisations of indicators. */
interface RealisationRepository extends ListCrudRepository<Realisation, Long> {

	List<Realisation> findByReportId(long reportId);

	List<Realisation> findBySkpId(long skpId);

	Optional<Realisation> findByReportIdAndIndicatorId(long reportId, long indicatorId);

}
