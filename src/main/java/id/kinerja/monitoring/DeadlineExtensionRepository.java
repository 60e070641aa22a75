package id.kinerja.monitoring;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Deadline extensions. */
interface DeadlineExtensionRepository extends ListCrudRepository<DeadlineExtension, Long> {

	List<DeadlineExtension> findByAgencyIdAndPeriodCodeAndRevokedFalse(long agencyId, String periodCode);

	List<DeadlineExtension> findByAgencyIdAndRevokedFalseOrderByIdDesc(long agencyId);

}
