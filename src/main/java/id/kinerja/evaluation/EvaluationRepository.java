package id.kinerja.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations. The finders read the notes with a second query, so they run in one
 * read-only transaction (one pooled connection) when the caller has none.
 */
@Transactional(readOnly = true)
interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {

	Optional<Evaluation> findBySkpIdAndPeriodCode(long skpId, String periodCode);

	List<Evaluation> findBySkpIdOrderByPeriodStart(long skpId);

	List<Evaluation> findByEmployeeIdAndPeriodYearOrderByPeriodStart(long employeeId, int periodYear);

}
