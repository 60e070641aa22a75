package id.kinerja.monitoring.feedback;

import java.time.Instant;

import id.kinerja.monitoring.feedback.FeedbackView.Person;

import org.jspecify.annotations.Nullable;

/**
 * A request for peer input on a plan, as its owner (and those above) or the invited peer
 * see it.
 *
 * @param id the invitation
 * @param version the version to send back when withdrawing
 * @param skpId the plan
 * @param year the plan's year
 * @param owner the plan's owner
 * @param peer the invited colleague
 * @param note the owner's note to the peer
 * @param active whether the peer may still write
 * @param createdAt when the owner invited
 * @param withdrawnAt when the owner withdrew it
 */
public record PeerInvitationView(long id, long version, long skpId, int year, Person owner, Person peer,
		@Nullable String note, boolean active, Instant createdAt, @Nullable Instant withdrawnAt) {
}
