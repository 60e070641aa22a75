package id.kinerja.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The few fields of a plan that a write against it checks (owner, agency, state, year,
 * span, unit and approach), read in one narrow query rather than the whole aggregate.
 *
 * @param id the plan
 * @param agencyId its agency
 * @param employeeId its owner
 * @param unitId the owner's unit when the plan was made
 * @param status its state
 * @param year its year
 * @param startDate its first day
 * @param endDate its last day
 * @param approach how its indicators are measured
 */
public record PlanHeader(long id, long agencyId, long employeeId, @Nullable Long unitId, SkpStatus status, int year,
		LocalDate startDate, LocalDate endDate, Approach approach) {

	/** Return the header of a plan already read whole. */
	public static PlanHeader of(Skp skp) {
		return new PlanHeader(skp.getId(), skp.getAgencyId(), skp.getEmployeeId(), skp.getUnitId(), skp.getStatus(),
				skp.getSkpYear(), skp.getStartDate(), skp.getEndDate(), skp.getApproach());
	}

}
