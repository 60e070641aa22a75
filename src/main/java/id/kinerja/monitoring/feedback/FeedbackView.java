package id.kinerja.monitoring.feedback;

import java.time.Instant;
import java.util.List;

import id.kinerja.planning.CoreValue;

import org.jspecify.annotations.Nullable;

/**
 * A feedback as one reader may see it. For the plan's owner a peer's feedback carries no
 * author at all ({@code author} is null, and so is the author of the peer's replies):
 * nothing in it names, numbers or places the colleague who wrote it.
 *
 * @param id the feedback
 * @param skpId the plan it is on
 * @param owner the plan's owner
 * @param target what it is about
 * @param rhkId the RHK, for an RHK's feedback
 * @param coreValue the BerAKHLAK value, for a value's feedback
 * @param realisationId the realisation, for a realisation's feedback
 * @param authorRole in what standing it was written
 * @param author who wrote it, null when the reader may not know
 * @param mine whether the reader wrote it
 * @param mayReply whether the reader may reply
 * @param text what was written
 * @param createdAt when
 * @param replies the replies, oldest first
 */
public record FeedbackView(long id, long skpId, Person owner, FeedbackTarget target, @Nullable Long rhkId,
		@Nullable CoreValue coreValue, @Nullable Long realisationId, AuthorRole authorRole, @Nullable Person author,
		boolean mine, boolean mayReply, String text, Instant createdAt, List<Reply> replies) {

	/**
	 * A person named in a feedback.
	 *
	 * @param nip the NIP
	 * @param name the name with titles
	 */
	public record Person(String nip, String name) {
	}

	/**
	 * A reply.
	 *
	 * @param id the reply
	 * @param author who wrote it, null when the reader may not know
	 * @param byOwner whether the plan's owner wrote it
	 * @param text what was written
	 * @param createdAt when
	 */
	public record Reply(long id, @Nullable Person author, boolean byOwner, String text, Instant createdAt) {
	}

}
