package id.kinerja.evaluation;

import java.time.Instant;

import id.kinerja.DemoAgencyTest;
import id.kinerja.planning.CoreValue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@DemoAgencyTest
class EvaluationRepositoryIntegrationTests {

	@Autowired
	EvaluationRepository evaluations;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void keepsRatingsAndNotesOfAnEvaluation() {
		record Plan(long id, long agencyId, long employeeId, int planYear) {
		}
		Plan plan = this.jdbc
			.sql("SELECT id, agency_id, employee_id, skp_year AS plan_year FROM skp ORDER BY id LIMIT 1")
			.query(Plan.class)
			.single();
		Evaluation evaluation = Evaluation.open(plan.agencyId(), plan.id(), plan.employeeId(), "T-REPO-1", false,
				plan.planYear(), java.time.LocalDate.of(plan.planYear(), 1, 1),
				java.time.LocalDate.of(plan.planYear(), 1, 31), null);
		evaluation.writeSelfAssessment("Semua target tercapai.");
		evaluation.writeSelfNote(Evaluation.valueSubject(CoreValue.AKUNTABEL), null, CoreValue.AKUNTABEL,
				"Laporan tepat waktu.");
		evaluation.writeFeedback(Evaluation.valueSubject(CoreValue.AKUNTABEL), null, CoreValue.AKUNTABEL,
				"Pertahankan.");
		evaluation.rate(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI, "Melampaui semua target.", null, null,
				null, "admin", Instant.parse("2026-02-10T03:00:00Z"));
		Evaluation saved = this.evaluations.save(evaluation);
		try {
			Evaluation read = this.evaluations.findBySkpIdAndPeriodCode(plan.id(), "T-REPO-1").orElseThrow();
			assertThat(read.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
			assertThat(read.getStatus()).isEqualTo(EvaluationStatus.RATED);
			assertThat(read.note(Evaluation.valueSubject(CoreValue.AKUNTABEL))).hasValueSatisfying((note) -> {
				assertThat(note.selfNote()).isEqualTo("Laporan tepat waktu.");
				assertThat(note.feedback()).isEqualTo("Pertahankan.");
			});
		}
		finally {
			this.evaluations.delete(saved);
		}
	}

}
