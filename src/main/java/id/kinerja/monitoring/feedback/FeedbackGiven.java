package id.kinerja.monitoring.feedback;

/**
 * Published when a feedback has been written on a plan. Carries no author, so that a
 * listener cannot leak who wrote peer input.
 *
 * @param feedbackId the feedback
 * @param skpId the plan it is on
 * @param employeeId the plan's owner
 */
public record FeedbackGiven(long feedbackId, long skpId, long employeeId) {
}
