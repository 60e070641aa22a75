package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Development needs. */
interface DevelopmentNeedRepository extends ListCrudRepository<DevelopmentNeed, Long> {

	Optional<DevelopmentNeed> findByEvaluationId(long evaluationId);

	List<DevelopmentNeed> findByEmployeeIdOrderByNeedYearDescIdDesc(long employeeId);

	List<DevelopmentNeed> findByAgencyIdAndNeedYearAndStatusOrderByEmployeeId(long agencyId, int needYear,
			DevelopmentNeed.Status status);

}
