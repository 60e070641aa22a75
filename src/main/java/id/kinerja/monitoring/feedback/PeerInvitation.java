package id.kinerja.monitoring.feedback;

import java.time.Instant;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The owner's request to a colleague for input on one plan (penilaian rekan kerja). It
 * keeps the plan's owner and year, so that the peer's rights follow from it alone: the
 * peer cannot read the plan itself. Withdrawn, never deleted.
 */
@Table("peer_invitation")
class PeerInvitation extends AuditedEntity implements AgencyScoped {

	/** Where an invitation stands. */
	enum Status {

		ACTIVE, WITHDRAWN

	}

	private final long agencyId;

	private final long skpId;

	private final long ownerId;

	private final int skpYear;

	private final long peerId;

	private final long invitedById;

	private final @Nullable String note;

	private Status status;

	private @Nullable Instant withdrawnAt;

	@PersistenceCreator
	PeerInvitation(long agencyId, long skpId, long ownerId, int skpYear, long peerId, long invitedById,
			@Nullable String note, Status status, @Nullable Instant withdrawnAt) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.ownerId = ownerId;
		this.skpYear = skpYear;
		this.peerId = peerId;
		this.invitedById = invitedById;
		this.note = note;
		this.status = status;
		this.withdrawnAt = withdrawnAt;
	}

	void withdraw(Instant at) {
		this.status = Status.WITHDRAWN;
		this.withdrawnAt = at;
	}

	boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	long getSkpId() {
		return this.skpId;
	}

	long getOwnerId() {
		return this.ownerId;
	}

	int getSkpYear() {
		return this.skpYear;
	}

	long getPeerId() {
		return this.peerId;
	}

	long getInvitedById() {
		return this.invitedById;
	}

	@Nullable String getNote() {
		return this.note;
	}

	Status getStatus() {
		return this.status;
	}

	@Nullable Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

}
