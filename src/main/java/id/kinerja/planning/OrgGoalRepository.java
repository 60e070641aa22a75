package id.kinerja.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisation goals.
 * <p>
 * Its finders run in a read-only transaction: the aggregate has a collection that Spring
 * Data JDBC reads with a second query while the first result is open, and outside a
 * transaction that second query takes a second pooled connection — under load every
 * request then holds one connection and waits for another, and the pool deadlocks.
 */
@Transactional(readOnly = true)
interface OrgGoalRepository extends ListCrudRepository<OrgGoal, Long> {

	List<OrgGoal> findByAgencyIdAndGoalYearOrderByCode(long agencyId, int goalYear);

	boolean existsByAgencyIdAndGoalYearAndCode(long agencyId, int goalYear, String code);

}
