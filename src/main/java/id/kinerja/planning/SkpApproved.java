package id.kinerja.planning;

import org.jspecify.annotations.Nullable;

/**
 * An SKP was approved by the pejabat penilai (now locked).
 *
 * @param skpId the plan
 * @param agencyId its agency
 * @param employeeId its owner
 * @param appraiserId the pejabat penilai, null for the regional head
 * @param year the plan's year
 */
public record SkpApproved(long skpId, long agencyId, long employeeId, @Nullable Long appraiserId, int year) {
}
