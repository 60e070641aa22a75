package id.kinerja.monitoring.feedback;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A reply to a feedback, by the plan's owner or by the feedback's author. */
@Table("feedback_reply")
class FeedbackReply extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long feedbackId;

	private final long authorId;

	private final String body;

	@PersistenceCreator
	FeedbackReply(long agencyId, long feedbackId, long authorId, String body) {
		this.agencyId = agencyId;
		this.feedbackId = feedbackId;
		this.authorId = authorId;
		this.body = body;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	long getFeedbackId() {
		return this.feedbackId;
	}

	long getAuthorId() {
		return this.authorId;
	}

	String getBody() {
		return this.body;
	}

}
