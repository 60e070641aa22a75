package id.kinerja.planning;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Indicators of planned results. */
interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

	List<Indicator> findByRhkIdAndRemovedFalseOrderByPositionNo(long rhkId);

	List<Indicator> findByRhkIdInAndRemovedFalseOrderByPositionNo(Collection<Long> rhkIds);

}
