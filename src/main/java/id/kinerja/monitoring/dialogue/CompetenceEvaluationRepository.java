package id.kinerja.monitoring.dialogue;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The coaches' competence evaluations. */
interface CompetenceEvaluationRepository extends ListCrudRepository<CompetenceEvaluation, Long> {

	Optional<CompetenceEvaluation> findBySessionId(long sessionId);

}
