package id.kinerja.planning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The agencies' performance years. */
interface PerformancePeriodRepository extends ListCrudRepository<PerformancePeriod, Long> {

	Optional<PerformancePeriod> findByAgencyIdAndPeriodYear(long agencyId, int periodYear);

	List<PerformancePeriod> findByAgencyIdOrderByPeriodYearDesc(long agencyId);

}
