package id.kinerja.employee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Published when an assignment starts or its end is set (a move to another post, an
 * acting period, leaving), so that what depends on the post held can follow: the plan of
 * the old post is closed on the last day, a plan of the new one starts.
 *
 * @param assignmentId the assignment
 * @param agencyId the agency
 * @param employeeId the employee
 * @param positionId the post
 * @param kind definitive or acting
 * @param startDate the first day in the post
 * @param endDate the last day in the post, null while open
 */
public record AssignmentChanged(long assignmentId, long agencyId, long employeeId, long positionId, AssignmentKind kind,
		LocalDate startDate, @Nullable LocalDate endDate) {

	static AssignmentChanged of(Assignment assignment) {
		return new AssignmentChanged(assignment.getId(), assignment.getAgencyId(), assignment.getEmployeeId(),
				assignment.getPositionId(), assignment.getKind(), assignment.getStartDate(), assignment.getEndDate());
	}

}
