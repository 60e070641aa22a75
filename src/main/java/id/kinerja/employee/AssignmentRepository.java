package id.kinerja.employee;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Assignments of employees to posts. */
public interface AssignmentRepository extends ListCrudRepository<Assignment, Long> {

	/** List an employee's assignments, oldest first. */
	List<Assignment> findByEmployeeIdOrderByStartDate(long employeeId);

	/** List the assignments to a post, oldest first. */
	List<Assignment> findByPositionIdOrderByStartDate(long positionId);

}
