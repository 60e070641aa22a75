package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Realisations of indicators. */
interface RealisationRepository extends ListCrudRepository<Realisation, Long> {

	List<Realisation> findByReportId(long reportId);

	List<Realisation> findBySkpId(long skpId);

	Optional<Realisation> findByReportIdAndIndicatorId(long reportId, long indicatorId);

	/**
	 * The sum of the numeric values the plan realised of the indicator in the periods
	 * that start before the given day, in one query.
	 */
	@Query("SELECT COALESCE(SUM(r.value_number), 0) FROM realisation r "
			+ "JOIN realisation_report p ON p.id = r.report_id "
			+ "WHERE r.skp_id = :skpId AND r.indicator_id = :indicatorId AND p.period_start < :start")
	BigDecimal sumBefore(@Param("skpId") long skpId, @Param("indicatorId") long indicatorId,
			@Param("start") LocalDate start);

}
