package id.kinerja.agency;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Posts of an agency. */
public interface PositionRepository extends ListCrudRepository<Position, Long> {

	/** List the posts of a unit. */
	List<Position> findByUnitId(long unitId);

	/** List the posts that report to the given one. */
	List<Position> findByReportsToId(long reportsToId);

}
