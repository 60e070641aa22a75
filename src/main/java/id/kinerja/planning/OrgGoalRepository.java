package id.kinerja.planning;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Organisation goals. */
interface OrgGoalRepository extends ListCrudRepository<OrgGoal, Long> {

	List<OrgGoal> findByAgencyIdAndGoalYearOrderByCode(long agencyId, int goalYear);

	boolean existsByAgencyIdAndGoalYearAndCode(long agencyId, int goalYear, String code);

}
