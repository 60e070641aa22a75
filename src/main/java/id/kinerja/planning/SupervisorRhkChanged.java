package id.kinerja.planning;

import java.util.List;

/**
 * A supervisor changed or removed an RHK that subordinates' plans support; their RHKs are
 * flagged for review and the owners are to be told.
 *
 * @param rhkId the supervisor's RHK
 * @param agencyId the agency
 * @param change what happened to it
 * @param affectedSkpIds the plans whose RHKs support it
 * @param affectedEmployeeIds the owners of those plans
 */
public record SupervisorRhkChanged(long rhkId, long agencyId, SupervisorChange change, List<Long> affectedSkpIds,
		List<Long> affectedEmployeeIds) {
}
