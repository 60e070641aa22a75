package id.kinerja.monitoring.feedback;

import id.kinerja.planning.CoreValue;
import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A feedback on a plan: on the whole SKP, an RHK, a BerAKHLAK value or a realisation, by
 * its author in the standing they wrote it. Kept as written, never deleted.
 */
@Table("feedback")
class Feedback extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long skpId;

	private final long ownerId;

	private final FeedbackTarget targetKind;

	private final @Nullable Long rhkId;

	private final @Nullable CoreValue coreValue;

	private final @Nullable Long realisationId;

	private final long authorId;

	private final AuthorRole authorRole;

	private final String body;

	@PersistenceCreator
	Feedback(long agencyId, long skpId, long ownerId, FeedbackTarget targetKind, @Nullable Long rhkId,
			@Nullable CoreValue coreValue, @Nullable Long realisationId, long authorId, AuthorRole authorRole,
			String body) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.ownerId = ownerId;
		this.targetKind = targetKind;
		this.rhkId = rhkId;
		this.coreValue = coreValue;
		this.realisationId = realisationId;
		this.authorId = authorId;
		this.authorRole = authorRole;
		this.body = body;
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

	FeedbackTarget getTargetKind() {
		return this.targetKind;
	}

	@Nullable Long getRhkId() {
		return this.rhkId;
	}

	@Nullable CoreValue getCoreValue() {
		return this.coreValue;
	}

	@Nullable Long getRealisationId() {
		return this.realisationId;
	}

	long getAuthorId() {
		return this.authorId;
	}

	AuthorRole getAuthorRole() {
		return this.authorRole;
	}

	String getBody() {
		return this.body;
	}

}
