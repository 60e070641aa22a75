package id.kinerja.employee;

/**
 * Published in the transaction that registers employees (one or many), so that their
 * accounts are made with them.
 *
 * @param agencyId the agency
 * @param employees the new employees
 */
public record EmployeeRegistered(long agencyId, java.util.List<NewEmployee> employees) {

	/**
	 * One new employee.
	 *
	 * @param employeeId the employee
	 * @param nip the NIP (the account's username)
	 * @param fullName the name with titles
	 */
	public record NewEmployee(long employeeId, String nip, String fullName) {
	}

}
