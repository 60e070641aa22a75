package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** Appeals; the finders read the messages with a second query, in one transaction. */
@Transactional(readOnly = true)
interface AppealRepository extends ListCrudRepository<Appeal, Long> {

	Optional<Appeal> findByEvaluationId(long evaluationId);

	List<Appeal> findByEmployeeIdOrderByFiledAtDesc(long employeeId);

	List<Appeal> findByDeciderIdOrderByFiledAtDesc(long deciderId);

	List<Appeal> findByAppraiserIdOrderByFiledAtDesc(long appraiserId);

	List<Appeal> findByAgencyIdAndDeciderIdIsNullOrderByFiledAtDesc(long agencyId);

	List<Appeal> findByAgencyIdOrderByFiledAtDesc(long agencyId);

}
