package id.kinerja.evaluation;

import java.time.Instant;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A need for development (perlu pembinaan) that a finalised evaluation with Butuh
 * Perbaikan or worse gives ({@code domain.md} section 7), with the kind of support
 * suggested. One per evaluation. An appeal that lifts the predikat to Baik or better
 * cancels it; the follow-up module takes the open ones on. Every save is audited.
 */
@Table("development_need")
public class DevelopmentNeed extends AuditedEntity implements AgencyScoped {

	/** Where a need stands. */
	public enum Status {

		/** Waiting for the follow-up (coaching, mentoring ...). */
		OPEN,
		/** No longer needed: an appeal changed the predikat to Baik or better. */
		CANCELLED;

	}

	/** The kind of support a need suggests. */
	public enum Support {

		/** Coaching on the work results. */
		COACHING,
		/** Mentoring by an experienced colleague, for results and behaviour together. */
		MENTORING,
		/** Counselling (konseling), for behaviour. */
		KONSELING,
		/** Competence development (training). */
		COMPETENCE_DEVELOPMENT;

		/** Return the message key of the support's name. */
		public String messageKey() {
			return "evaluation.followup.support." + name();
		}

		/**
		 * Return the support that fits the predikat: results below expectation with
		 * behaviour as expected (Butuh Perbaikan) call for coaching on the results;
		 * behaviour below expectation (Kurang/Misconduct) for counselling; both below
		 * (Sangat Kurang) for mentoring on both.
		 */
		static Support suggestedFor(Predikat predikat) {
			return switch (predikat) {
				case KURANG -> KONSELING;
				case SANGAT_KURANG -> MENTORING;
				default -> COACHING;
			};
		}

	}

	private final long agencyId;

	private final long employeeId;

	private final long evaluationId;

	private final int needYear;

	private final @Nullable String periodCode;

	private Predikat predikat;

	private Support support;

	private Status status;

	private @Nullable String note;

	private @Nullable Instant closedAt;

	private @Nullable Long appealId;

	private @Nullable Predikat appealPredikat;

	@PersistenceCreator
	DevelopmentNeed(long agencyId, long employeeId, long evaluationId, int needYear, @Nullable String periodCode,
			Predikat predikat, Support support, Status status, @Nullable String note, @Nullable Instant closedAt,
			@Nullable Long appealId, @Nullable Predikat appealPredikat) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.evaluationId = evaluationId;
		this.needYear = needYear;
		this.periodCode = periodCode;
		this.predikat = predikat;
		this.support = support;
		this.status = status;
		this.note = note;
		this.closedAt = closedAt;
		this.appealId = appealId;
		this.appealPredikat = appealPredikat;
	}

	/** Open the need that a finalised evaluation gives. */
	static DevelopmentNeed open(Evaluation evaluation, Predikat predikat) {
		if (evaluation.getId() == null) {
			throw new IllegalArgumentException("the evaluation is not saved");
		}
		return new DevelopmentNeed(evaluation.getAgencyId(), evaluation.getEmployeeId(), evaluation.getId(),
				evaluation.getPeriodYear(), evaluation.getPeriodCode(), predikat, Support.suggestedFor(predikat),
				Status.OPEN, null, null, null, null);
	}

	/**
	 * Follow an appeal's change to another predikat still below Baik: the need stays,
	 * with the support that fits.
	 */
	void follow(Predikat changed) {
		this.predikat = changed;
		this.support = Support.suggestedFor(changed);
	}

	/**
	 * Cancel the need: the appeal changed the predikat to Baik or better. The note is the
	 * message key that explains it, shown with the appeal and the new predikat.
	 */
	void cancelByAppeal(long appealId, Predikat changed, Instant at) {
		this.status = Status.CANCELLED;
		this.appealId = appealId;
		this.appealPredikat = changed;
		this.closedAt = at;
		this.note = "evaluation.followup.need.cancelled-by-appeal";
	}

	/** Open it again: a later decision brought the predikat back below Baik. */
	void reopen(Predikat changed) {
		this.status = Status.OPEN;
		this.closedAt = null;
		this.note = null;
		follow(changed);
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public long getEvaluationId() {
		return this.evaluationId;
	}

	public int getNeedYear() {
		return this.needYear;
	}

	public @Nullable String getPeriodCode() {
		return this.periodCode;
	}

	public Predikat getPredikat() {
		return this.predikat;
	}

	public Support getSupport() {
		return this.support;
	}

	public Status getStatus() {
		return this.status;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public @Nullable Instant getClosedAt() {
		return this.closedAt;
	}

	public @Nullable Long getAppealId() {
		return this.appealId;
	}

	public @Nullable Predikat getAppealPredikat() {
		return this.appealPredikat;
	}

}
