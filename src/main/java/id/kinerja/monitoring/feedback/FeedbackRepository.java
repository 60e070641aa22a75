package id.kinerja.monitoring.feedback;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** Feedback on plans. */
interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {

	List<Feedback> findBySkpIdOrderByCreatedAtDescIdDesc(long skpId);

	List<Feedback> findByOwnerIdOrderByCreatedAtDescIdDesc(long ownerId);

	List<Feedback> findByAuthorIdOrderByCreatedAtDescIdDesc(long authorId);

}
