package id.kinerja.employee;

/**
 * Published when an employee stops working in the agency (moved or retired), so that the
 * account is deactivated.
 *
 * @param employeeId the employee
 * @param agencyId the agency
 * @param status the new status
 */
public record EmployeeLeft(long employeeId, long agencyId, EmployeeStatus status) {
}
