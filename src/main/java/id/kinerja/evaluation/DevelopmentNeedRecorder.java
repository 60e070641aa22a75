package id.kinerja.evaluation;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records a development need when an evaluation (periodic or annual) is finalised with
 * Butuh Perbaikan or worse, and follows the appeals that change it: to Baik or better
 * cancels the need, to another predikat below Baik keeps it with the support that fits.
 * Listens synchronously, in the publisher's transaction.
 */
@Component
class DevelopmentNeedRecorder {

	private final DevelopmentNeedRepository needs;

	private final EvaluationRepository evaluations;

	private final Clock clock;

	DevelopmentNeedRecorder(DevelopmentNeedRepository needs, EvaluationRepository evaluations, Clock clock) {
		this.needs = needs;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	@EventListener
	void on(EvaluationFinalised finalised) {
		if (!finalised.predikat().atLeast(Predikat.BAIK)) {
			openOrFollow(finalised.evaluationId(), finalised.predikat());
		}
	}

	@EventListener
	void on(AppealDecided decided) {
		if (!decided.changed()) {
			return;
		}
		if (decided.predikat().atLeast(Predikat.BAIK)) {
			this.needs.findByEvaluationId(decided.evaluationId())
				.filter((need) -> need.getStatus() == DevelopmentNeed.Status.OPEN)
				.ifPresent((need) -> {
					need.cancelByAppeal(decided.appealId(), decided.predikat(), this.clock.instant());
					this.needs.save(need);
				});
		}
		else {
			openOrFollow(decided.evaluationId(), decided.predikat());
		}
	}

	private void openOrFollow(long evaluationId, Predikat predikat) {
		DevelopmentNeed existing = this.needs.findByEvaluationId(evaluationId).orElse(null);
		if (existing != null) {
			if (existing.getStatus() == DevelopmentNeed.Status.OPEN) {
				existing.follow(predikat);
			}
			else {
				existing.reopen(predikat);
			}
			this.needs.save(existing);
			return;
		}
		this.evaluations.findById(evaluationId)
			.ifPresent((evaluation) -> this.needs.save(DevelopmentNeed.open(evaluation, predikat)));
	}

}
