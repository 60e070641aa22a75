package id.kinerja.employee;

/** Where an employee stands: working here, moved to another agency, or retired. */
public enum EmployeeStatus {

	ACTIVE, MOVED, RETIRED

}
