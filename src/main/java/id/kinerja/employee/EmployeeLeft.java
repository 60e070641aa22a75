package id.kinerja.employee;

import java.time.LocalDate;

/**
 * Published when an employee stops working in the agency (moved or retired), so that the
 * account is deactivated and the open plans are closed.
 *
 * @param employeeId the employee
 * @param agencyId the agency
 * @param status the new status
 * @param lastDay the last working day in the agency
 */
public record EmployeeLeft(long employeeId, long agencyId, EmployeeStatus status, LocalDate lastDay) {
}
