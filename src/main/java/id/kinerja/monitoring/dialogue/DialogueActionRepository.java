package id.kinerja.monitoring.dialogue;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Actions agreed in dialogues. */
interface DialogueActionRepository extends ListCrudRepository<DialogueAction, Long> {

	List<DialogueAction> findByDialogueIdOrderByDueDateAscIdAsc(long dialogueId);

	List<DialogueAction> findByOwnerIdAndStatusOrderByDueDateAscIdAsc(long ownerId, ActionStatus status);

}
