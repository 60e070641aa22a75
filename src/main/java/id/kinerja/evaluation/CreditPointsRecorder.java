package id.kinerja.evaluation;

import java.math.BigDecimal;

import id.kinerja.agency.PositionType;
import id.kinerja.employee.PostHoldings;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the angka kredit of an employee in a functional position when the annual
 * evaluation becomes final, and again when an appeal changes it ({@code domain.md}
 * section 7). Listens synchronously, in the publisher's transaction, so the credit points
 * are written together with the finalisation (or the decision) or not at all. The
 * publisher saves the evaluation before it publishes and does not save its own copy again
 * afterwards.
 */
@Component
class CreditPointsRecorder {

	private final EvaluationRepository evaluations;

	private final PostHoldings holdings;

	CreditPointsRecorder(EvaluationRepository evaluations, PostHoldings holdings) {
		this.evaluations = evaluations;
		this.holdings = holdings;
	}

	@EventListener
	void on(EvaluationFinalised finalised) {
		if (finalised.annual()) {
			record(finalised.evaluationId());
		}
	}

	@EventListener
	void on(AppealDecided decided) {
		if (decided.changed()) {
			record(decided.evaluationId());
		}
	}

	/**
	 * Compute the credit points from the jenjang of the post held on the plan's last day
	 * and the months the evaluation covers; nothing for a structural post or none.
	 */
	private void record(long evaluationId) {
		Evaluation evaluation = this.evaluations.findById(evaluationId).orElse(null);
		if (evaluation == null || !evaluation.isAnnual() || evaluation.getPredikat() == null) {
			return;
		}
		PostHoldings.Holding holding = this.holdings.of(evaluation.getEmployeeId(), evaluation.getPeriodEnd())
			.orElse(null);
		if (holding == null || holding.positionType() != PositionType.FUNGSIONAL || holding.jenjang() == null) {
			return;
		}
		int months = AnnualResults.months(evaluation.getPeriodStart(), evaluation.getPeriodEnd());
		BigDecimal points = CreditPoints.of(holding.jenjang(), evaluation.getPredikat(), months);
		evaluation.recordCreditPoints(holding.jenjang(), months, points);
		this.evaluations.save(evaluation);
	}

}
