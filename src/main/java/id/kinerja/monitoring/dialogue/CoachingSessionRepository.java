package id.kinerja.monitoring.dialogue;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Coaching sessions. */
interface CoachingSessionRepository extends ListCrudRepository<CoachingSession, Long> {

	List<CoachingSession> findByEmployeeIdOrderBySessionDateDescIdDesc(long employeeId);

	List<CoachingSession> findByCoachIdOrderBySessionDateDescIdDesc(long coachId);

}
