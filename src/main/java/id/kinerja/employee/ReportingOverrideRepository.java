package id.kinerja.employee;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Explicit reporting lines. */
public interface ReportingOverrideRepository extends ListCrudRepository<ReportingOverride, Long> {

	/** List the overrides of an employee's line. */
	List<ReportingOverride> findByEmployeeId(long employeeId);

}
