package id.kinerja.planning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Planned results. */
interface RhkRepository extends ListCrudRepository<Rhk, Long> {

	List<Rhk> findBySkpIdAndRemovedFalseOrderByPositionNo(long skpId);

	List<Rhk> findBySkpIdInAndRemovedFalseOrderByPositionNo(Collection<Long> skpIds);

	List<Rhk> findBySupervisorRhkIdAndRemovedFalse(long supervisorRhkId);

	List<Rhk> findBySupervisorRhkIdInAndRemovedFalse(Collection<Long> supervisorRhkIds);

}
