package id.kinerja.monitoring.dialogue;

import java.time.Instant;
import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action agreed in a dialogue: what is to be done, by whom (the subordinate or the
 * supervisor of the dialogue) and by when; followed up as done or dropped with a note.
 */
@Table("dialogue_action")
public class DialogueAction extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long dialogueId;

	private String actionText;

	private long ownerId;

	private LocalDate dueDate;

	private ActionStatus status;

	private @Nullable Instant doneAt;

	private @Nullable String followUpNote;

	@PersistenceCreator
	DialogueAction(long agencyId, long dialogueId, String actionText, long ownerId, LocalDate dueDate,
			ActionStatus status, @Nullable Instant doneAt, @Nullable String followUpNote) {
		this.agencyId = agencyId;
		this.dialogueId = dialogueId;
		this.actionText = actionText;
		this.ownerId = ownerId;
		this.dueDate = dueDate;
		this.status = status;
		this.doneAt = doneAt;
		this.followUpNote = followUpNote;
	}

	static DialogueAction agree(Dialogue dialogue, String text, long ownerId, LocalDate dueDate) {
		return new DialogueAction(dialogue.getAgencyId(), dialogue.getId(), text, ownerId, dueDate, ActionStatus.OPEN,
				null, null);
	}

	void change(String text, long ownerId, LocalDate dueDate) {
		this.actionText = text;
		this.ownerId = ownerId;
		this.dueDate = dueDate;
	}

	void followUp(ActionStatus status, @Nullable String note, Instant at) {
		this.status = status;
		this.followUpNote = note;
		this.doneAt = at;
	}

	/** Return whether the action is still open after its due date. */
	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueDate.isBefore(today);
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getDialogueId() {
		return this.dialogueId;
	}

	public String getActionText() {
		return this.actionText;
	}

	public long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public @Nullable Instant getDoneAt() {
		return this.doneAt;
	}

	public @Nullable String getFollowUpNote() {
		return this.followUpNote;
	}

}
