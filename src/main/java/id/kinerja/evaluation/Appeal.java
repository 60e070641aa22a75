package id.kinerja.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * An objection (keberatan) of an employee to a received evaluation, with the reasons. The
 * atasan pejabat penilai (Admin BKPSDM when the regional head is above) hears both sides,
 * may ask the pejabat penilai or the employee for an explanation, and decides once: keep
 * the evaluation or change its ratings. The decision is final. Every save is audited by
 * the base class.
 */
@Table("appeal")
public class Appeal extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long evaluationId;

	private final long employeeId;

	private final @Nullable Long appraiserId;

	private final @Nullable Long deciderId;

	private AppealStatus status;

	private final String reasons;

	private final Instant filedAt;

	private @Nullable AppealDecision decision;

	private @Nullable String decisionReason;

	private final @Nullable Rating oldRatingHasil;

	private final @Nullable Rating oldRatingPerilaku;

	private final @Nullable Predikat oldPredikat;

	private @Nullable Rating newRatingHasil;

	private @Nullable Rating newRatingPerilaku;

	private @Nullable Predikat newPredikat;

	private @Nullable Instant decidedAt;

	private @Nullable String decidedBy;

	@MappedCollection(idColumn = "appeal_id", keyColumn = "position_no")
	private List<AppealMessage> messages;

	@PersistenceCreator
	Appeal(long agencyId, long evaluationId, long employeeId, @Nullable Long appraiserId, @Nullable Long deciderId,
			AppealStatus status, String reasons, Instant filedAt, @Nullable AppealDecision decision,
			@Nullable String decisionReason, @Nullable Rating oldRatingHasil, @Nullable Rating oldRatingPerilaku,
			@Nullable Predikat oldPredikat, @Nullable Rating newRatingHasil, @Nullable Rating newRatingPerilaku,
			@Nullable Predikat newPredikat, @Nullable Instant decidedAt, @Nullable String decidedBy,
			List<AppealMessage> messages) {
		this.agencyId = agencyId;
		this.evaluationId = evaluationId;
		this.employeeId = employeeId;
		this.appraiserId = appraiserId;
		this.deciderId = deciderId;
		this.status = status;
		this.reasons = reasons;
		this.filedAt = filedAt;
		this.decision = decision;
		this.decisionReason = decisionReason;
		this.oldRatingHasil = oldRatingHasil;
		this.oldRatingPerilaku = oldRatingPerilaku;
		this.oldPredikat = oldPredikat;
		this.newRatingHasil = newRatingHasil;
		this.newRatingPerilaku = newRatingPerilaku;
		this.newPredikat = newPredikat;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
		this.messages = new ArrayList<>(messages);
	}

	/**
	 * File an appeal against the evaluation as it stands.
	 * @param appraiserId the pejabat penilai who rated
	 * @param deciderId the atasan pejabat penilai, null when Admin BKPSDM decides
	 */
	static Appeal file(Evaluation evaluation, @Nullable Long appraiserId, @Nullable Long deciderId, String reasons,
			Instant at) {
		return new Appeal(evaluation.getAgencyId(), evaluation.getId(), evaluation.getEmployeeId(), appraiserId,
				deciderId, AppealStatus.FILED, reasons, at, null, null, evaluation.getRatingHasil(),
				evaluation.getRatingPerilaku(), evaluation.getPredikat(), null, null, null, null, null, List.of());
	}

	/** Ask a party (the pejabat penilai or the employee) for an explanation. */
	void ask(AppealParty addressee, @Nullable Long authorId, String body, Instant at) {
		requireOpen();
		this.messages
			.add(new AppealMessage(authorId, AppealParty.DECIDER, addressee, AppealMessageKind.REQUEST, body, at));
	}

	/**
	 * Answer the open request addressed to the party; refused (409) when none waits for
	 * it.
	 */
	void answer(AppealParty party, @Nullable Long authorId, String body, Instant at) {
		requireOpen();
		if (openRequestFor(party).isEmpty()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.answer.no-request");
		}
		this.messages.add(new AppealMessage(authorId, party, null, AppealMessageKind.ANSWER, body, at));
	}

	/** Return the last request to the party that has no answer after it. */
	public Optional<AppealMessage> openRequestFor(AppealParty party) {
		AppealMessage open = null;
		for (AppealMessage message : this.messages) {
			if (message.kind() == AppealMessageKind.REQUEST && message.addressedTo() == party) {
				open = message;
			}
			else if (message.kind() == AppealMessageKind.ANSWER && message.authorRole() == party) {
				open = null;
			}
		}
		return Optional.ofNullable(open);
	}

	/** Keep the evaluation as it is; final. */
	void keep(String reason, String by, Instant at) {
		requireOpen();
		this.decision = AppealDecision.KEEP;
		decided(reason, by, at);
	}

	/** Change the ratings; final. The caller applies them to the evaluation. */
	void change(Rating hasil, Rating perilaku, String reason, String by, Instant at) {
		requireOpen();
		this.decision = AppealDecision.CHANGE;
		this.newRatingHasil = hasil;
		this.newRatingPerilaku = perilaku;
		this.newPredikat = Predikat.of(hasil, perilaku);
		decided(reason, by, at);
	}

	private void decided(String reason, String by, Instant at) {
		this.decisionReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
		this.status = AppealStatus.DECIDED;
	}

	private void requireOpen() {
		if (this.status != AppealStatus.FILED) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.decided");
		}
	}

	/**
	 * One message of the exchange: a request of the decider to a party, or a party's
	 * answer.
	 *
	 * @param authorId the employee who wrote it, null for Admin BKPSDM
	 * @param authorRole the author's part in the appeal
	 * @param addressedTo whom a request asks
	 * @param kind request or answer
	 * @param body the text
	 * @param writtenAt when it was written
	 */
	@Table("appeal_message")
	public record AppealMessage(@Nullable Long authorId, AppealParty authorRole, @Nullable AppealParty addressedTo,
			AppealMessageKind kind, String body, Instant writtenAt) {
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEvaluationId() {
		return this.evaluationId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public @Nullable Long getAppraiserId() {
		return this.appraiserId;
	}

	public @Nullable Long getDeciderId() {
		return this.deciderId;
	}

	public AppealStatus getStatus() {
		return this.status;
	}

	public String getReasons() {
		return this.reasons;
	}

	public Instant getFiledAt() {
		return this.filedAt;
	}

	public @Nullable AppealDecision getDecision() {
		return this.decision;
	}

	public @Nullable String getDecisionReason() {
		return this.decisionReason;
	}

	public @Nullable Rating getOldRatingHasil() {
		return this.oldRatingHasil;
	}

	public @Nullable Rating getOldRatingPerilaku() {
		return this.oldRatingPerilaku;
	}

	public @Nullable Predikat getOldPredikat() {
		return this.oldPredikat;
	}

	public @Nullable Rating getNewRatingHasil() {
		return this.newRatingHasil;
	}

	public @Nullable Rating getNewRatingPerilaku() {
		return this.newRatingPerilaku;
	}

	public @Nullable Predikat getNewPredikat() {
		return this.newPredikat;
	}

	public @Nullable Instant getDecidedAt() {
		return this.decidedAt;
	}

	public @Nullable String getDecidedBy() {
		return this.decidedBy;
	}

	public List<AppealMessage> getMessages() {
		return List.copyOf(this.messages);
	}

}
