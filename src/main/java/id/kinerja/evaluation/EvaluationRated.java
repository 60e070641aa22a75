package id.kinerja.evaluation;

/**
 * The pejabat penilai gave (or changed) the ratings of an evaluation.
 *
 * @param evaluationId the evaluation
 * @param skpId its plan
 * @param employeeId the employee rated
 * @param periodCode the period, or the year for the annual evaluation
 * @param predikat the predikat that follows
 */
public record EvaluationRated(long evaluationId, long skpId, long employeeId, String periodCode, Predikat predikat) {
}
