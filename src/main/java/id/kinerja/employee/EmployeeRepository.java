package id.kinerja.employee;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Employees by id or NIP. */
public interface EmployeeRepository extends ListCrudRepository<Employee, Long> {

	/** Find the employee with the NIP. */
	Optional<Employee> findByNip(String nip);

}
