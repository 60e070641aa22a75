package id.kinerja.monitoring.dialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The employee's feedback on a held coaching session, given once: each of the fixed
 * statements ({@link #STATEMENTS}, whose text lives in the message bundles) answered on a
 * scale of 1 (strongly disagree) to 5 (strongly agree), and a free comment.
 */
@Table("coaching_feedback")
public class CoachingFeedback extends AuditedEntity implements AgencyScoped {

	/** The stable codes of the statements, in the order the form asks them. */
	public static final List<String> STATEMENTS = List.of("CLEAR_GOALS", "LISTENED", "USEFUL_ADVICE", "AGREED_ACTIONS",
			"CONFIDENT", "TIME_WELL_USED");

	private final long agencyId;

	private final long sessionId;

	private final long employeeId;

	private final @Nullable String feedbackComment;

	@MappedCollection(idColumn = "feedback_id")
	private final Set<Answer> answers;

	@PersistenceCreator
	CoachingFeedback(long agencyId, long sessionId, long employeeId, @Nullable String feedbackComment,
			Set<Answer> answers) {
		this.agencyId = agencyId;
		this.sessionId = sessionId;
		this.employeeId = employeeId;
		this.feedbackComment = feedbackComment;
		this.answers = Set.copyOf(answers);
	}

	/**
	 * One statement answered.
	 *
	 * @param statementCode the statement's code
	 * @param score 1 to 5
	 */
	@Table("coaching_feedback_answer")
	public record Answer(String statementCode, int score) {
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public @Nullable String getFeedbackComment() {
		return this.feedbackComment;
	}

	/** Return the answers in the order of {@link #STATEMENTS}. */
	public List<Answer> getAnswers() {
		return this.answers.stream()
			.sorted(Comparator.comparingInt((Answer answer) -> STATEMENTS.indexOf(answer.statementCode())))
			.toList();
	}

	/** Return the score of each statement by its code. */
	public Map<String, Integer> scores() {
		return this.answers.stream().collect(Collectors.toMap(Answer::statementCode, Answer::score));
	}

}
