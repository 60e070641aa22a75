package id.kinerja.planning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * SKP headers.
 * <p>
 * Its finders run in a read-only transaction: the aggregate has a collection that Spring
 * Data JDBC reads with a second query while the first result is open, and outside a
 * transaction that second query takes a second pooled connection — under load every
 * request then holds one connection and waits for another, and the pool deadlocks.
 */
@Transactional(readOnly = true)
interface SkpRepository extends ListCrudRepository<Skp, Long> {

	List<Skp> findByEmployeeIdAndSkpYearOrderByStartDate(long employeeId, int skpYear);

	List<Skp> findByEmployeeIdOrderBySkpYearDescStartDateDesc(long employeeId);

	List<Skp> findByEmployeeIdInAndSkpYear(Collection<Long> employeeIds, int skpYear);

	List<Skp> findByEmployeeIdInAndStatus(Collection<Long> employeeIds, SkpStatus status);

}
