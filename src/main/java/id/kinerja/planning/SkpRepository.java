package id.kinerja.planning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** SKP headers. */
interface SkpRepository extends ListCrudRepository<Skp, Long> {

	List<Skp> findByEmployeeIdAndSkpYearOrderByStartDate(long employeeId, int skpYear);

	List<Skp> findByEmployeeIdOrderBySkpYearDescStartDateDesc(long employeeId);

	List<Skp> findByEmployeeIdInAndSkpYear(Collection<Long> employeeIds, int skpYear);

	List<Skp> findByEmployeeIdInAndStatus(Collection<Long> employeeIds, SkpStatus status);

}
