package id.kinerja.monitoring.feedback;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Replies to feedback. */
interface FeedbackReplyRepository extends ListCrudRepository<FeedbackReply, Long> {

	List<FeedbackReply> findByFeedbackIdInOrderByCreatedAtAscIdAsc(Collection<Long> feedbackIds);

}
