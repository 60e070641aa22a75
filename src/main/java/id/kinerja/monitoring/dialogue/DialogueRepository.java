package id.kinerja.monitoring.dialogue;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Dialogues. */
interface DialogueRepository extends ListCrudRepository<Dialogue, Long> {

	List<Dialogue> findByEmployeeIdOrderByScheduledAtDesc(long employeeId);

	List<Dialogue> findBySupervisorIdOrderByScheduledAtDesc(long supervisorId);

}
