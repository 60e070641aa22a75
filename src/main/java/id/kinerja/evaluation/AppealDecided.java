package id.kinerja.evaluation;

/**
 * The atasan pejabat penilai decided an appeal; the decision is final. Published in the
 * deciding transaction.
 *
 * @param appealId the appeal
 * @param evaluationId the evaluation appealed
 * @param employeeId the employee who appealed
 * @param changed whether the ratings were changed
 * @param predikat the predikat after the decision
 */
public record AppealDecided(long appealId, long evaluationId, long employeeId, boolean changed, Predikat predikat) {
}
