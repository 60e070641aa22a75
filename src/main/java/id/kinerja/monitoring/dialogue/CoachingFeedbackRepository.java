package id.kinerja.monitoring.dialogue;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The employees' feedback on coaching sessions. */
interface CoachingFeedbackRepository extends ListCrudRepository<CoachingFeedback, Long> {

	Optional<CoachingFeedback> findBySessionId(long sessionId);

}
