package id.kinerja.monitoring;

/**
 * An entry of an employee's daily log was written, changed or voided.
 *
 * @param logId the entry
 * @param employeeId its owner
 */
public record DailyLogWritten(long logId, long employeeId) {
}
