package id.kinerja.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Daily log entries. */
interface DailyLogRepository extends ListCrudRepository<DailyLog, Long> {

	List<DailyLog> findByEmployeeIdAndVoidedFalseAndLogDateBetweenOrderByLogDateDescIdDesc(long employeeId,
			LocalDate from, LocalDate to);

}
