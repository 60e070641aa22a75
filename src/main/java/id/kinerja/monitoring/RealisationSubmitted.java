package id.kinerja.monitoring;

/**
 * A period's realisation report was submitted.
 *
 * @param reportId the report
 * @param skpId its plan
 * @param employeeId the plan's owner
 * @param periodCode the period, e.g. {@code 2026-10}
 */
public record RealisationSubmitted(long reportId, long skpId, long employeeId, String periodCode) {
}
