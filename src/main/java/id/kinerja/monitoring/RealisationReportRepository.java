package id.kinerja.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Realisation reports. */
interface RealisationReportRepository extends ListCrudRepository<RealisationReport, Long> {

	Optional<RealisationReport> findBySkpIdAndPeriodCode(long skpId, String periodCode);

	List<RealisationReport> findBySkpIdOrderByPeriodStart(long skpId);

}
