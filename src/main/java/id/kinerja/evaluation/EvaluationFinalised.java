package id.kinerja.evaluation;

/**
 * An evaluation was finalised (locked): a periodic one by its pejabat penilai, an annual
 * one with its unit. Published in the finalising transaction.
 *
 * @param evaluationId the evaluation
 * @param skpId its plan
 * @param employeeId the employee rated
 * @param periodCode the period, or the year for the annual evaluation
 * @param annual whether it is the annual evaluation
 * @param predikat the final predikat
 */
public record EvaluationFinalised(long evaluationId, long skpId, long employeeId, String periodCode, boolean annual,
		Predikat predikat) {
}
