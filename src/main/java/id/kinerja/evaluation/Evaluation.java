package id.kinerja.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import id.kinerja.agency.Jenjang;
import id.kinerja.planning.CoreValue;
import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * The evaluation of one SKP for one period — a periodic one ({@code 2026-10},
 * {@code 2026-Q4}, {@code 2026-S2}) or the annual one ({@code 2026}). The employee writes
 * the self-assessment (penilaian diri), the pejabat penilai gives feedback per RHK and
 * per BerAKHLAK value and the two ratings; the predikat always follows from them by the
 * matrix. Then it may be calibrated, is finalised (locked), and received by the employee,
 * which opens the appeal window. Every save is audited by the base class.
 */
@Table("evaluation")
public class Evaluation extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long skpId;

	private final long employeeId;

	private final String periodCode;

	private final boolean annual;

	private final int periodYear;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final @Nullable Long unitId;

	private EvaluationStatus status;

	private @Nullable String selfAssessment;

	private @Nullable Instant selfSubmittedAt;

	private @Nullable Rating ratingHasil;

	private @Nullable Rating ratingPerilaku;

	private @Nullable String reason;

	private @Nullable Predikat predikat;

	private @Nullable String notes;

	private @Nullable String recommendation;

	private @Nullable Long ratedById;

	private @Nullable String ratedBy;

	private @Nullable Instant ratedAt;

	private @Nullable String calibratedBy;

	private @Nullable Instant calibratedAt;

	private @Nullable String calibrationReason;

	private @Nullable String finalisedBy;

	private @Nullable Instant finalisedAt;

	private @Nullable Instant acknowledgedAt;

	private @Nullable LocalDate appealDeadline;

	private @Nullable Jenjang creditJenjang;

	private @Nullable Integer creditMonths;

	private @Nullable BigDecimal creditPoints;

	@MappedCollection(idColumn = "evaluation_id")
	private Set<EvaluationNote> subjectNotes;

	@PersistenceCreator
	Evaluation(long agencyId, long skpId, long employeeId, String periodCode, boolean annual, int periodYear,
			LocalDate periodStart, LocalDate periodEnd, @Nullable Long unitId, EvaluationStatus status,
			@Nullable String selfAssessment, @Nullable Instant selfSubmittedAt, @Nullable Rating ratingHasil,
			@Nullable Rating ratingPerilaku, @Nullable String reason, @Nullable Predikat predikat,
			@Nullable String notes, @Nullable String recommendation, @Nullable Long ratedById, @Nullable String ratedBy,
			@Nullable Instant ratedAt, @Nullable String calibratedBy, @Nullable Instant calibratedAt,
			@Nullable String calibrationReason, @Nullable String finalisedBy, @Nullable Instant finalisedAt,
			@Nullable Instant acknowledgedAt, @Nullable LocalDate appealDeadline, @Nullable Jenjang creditJenjang,
			@Nullable Integer creditMonths, @Nullable BigDecimal creditPoints, Set<EvaluationNote> subjectNotes) {
		this.agencyId = agencyId;
		this.skpId = skpId;
		this.employeeId = employeeId;
		this.periodCode = periodCode;
		this.annual = annual;
		this.periodYear = periodYear;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.unitId = unitId;
		this.status = status;
		this.selfAssessment = selfAssessment;
		this.selfSubmittedAt = selfSubmittedAt;
		this.ratingHasil = ratingHasil;
		this.ratingPerilaku = ratingPerilaku;
		this.reason = reason;
		this.predikat = predikat;
		this.notes = notes;
		this.recommendation = recommendation;
		this.ratedById = ratedById;
		this.ratedBy = ratedBy;
		this.ratedAt = ratedAt;
		this.calibratedBy = calibratedBy;
		this.calibratedAt = calibratedAt;
		this.calibrationReason = calibrationReason;
		this.finalisedBy = finalisedBy;
		this.finalisedAt = finalisedAt;
		this.acknowledgedAt = acknowledgedAt;
		this.appealDeadline = appealDeadline;
		this.creditJenjang = creditJenjang;
		this.creditMonths = creditMonths;
		this.creditPoints = creditPoints;
		this.subjectNotes = new LinkedHashSet<>(subjectNotes);
	}

	/**
	 * Open the evaluation of an SKP for a period.
	 * @param periodCode the period's code, or the year for the annual evaluation
	 * @param annual whether it is the annual evaluation
	 * @param start the first day the evaluation covers (within the SKP)
	 * @param end the last day it covers
	 * @param unitId the SKP's unit
	 */
	static Evaluation open(long agencyId, long skpId, long employeeId, String periodCode, boolean annual, int year,
			LocalDate start, LocalDate end, @Nullable Long unitId) {
		return new Evaluation(agencyId, skpId, employeeId, periodCode, annual, year, start, end, unitId,
				EvaluationStatus.OPEN, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, Set.of());
	}

	/** Write the employee's self-assessment, while the evaluation is not rated. */
	void writeSelfAssessment(@Nullable String text) {
		requireStatus(EvaluationStatus.OPEN, "evaluation.self.rated");
		this.selfAssessment = text;
	}

	/** Mark the self-assessment as submitted (the annual one must be, before rating). */
	void submitSelfAssessment(Instant at) {
		requireStatus(EvaluationStatus.OPEN, "evaluation.self.rated");
		this.selfSubmittedAt = at;
	}

	/**
	 * Write the employee's note on one RHK or value, while the evaluation is not rated.
	 */
	void writeSelfNote(String subject, @Nullable Long rhkId, @Nullable CoreValue value, @Nullable String note) {
		requireStatus(EvaluationStatus.OPEN, "evaluation.self.rated");
		EvaluationNote current = note(subject).orElse(new EvaluationNote(subject, rhkId, value, null, null));
		this.subjectNotes.remove(current);
		this.subjectNotes.add(new EvaluationNote(subject, rhkId, value, note, current.feedback()));
	}

	/** Write the pejabat penilai's feedback on one RHK or value, while not locked. */
	void writeFeedback(String subject, @Nullable Long rhkId, @Nullable CoreValue value, @Nullable String feedback) {
		requireRateable();
		EvaluationNote current = note(subject).orElse(new EvaluationNote(subject, rhkId, value, null, null));
		this.subjectNotes.remove(current);
		this.subjectNotes.add(new EvaluationNote(subject, rhkId, value, current.selfNote(), feedback));
	}

	/**
	 * Give (or change) the two ratings; the predikat follows from them.
	 * @param reason the written reason, which the caller has required for a rating other
	 * than "as expected"
	 * @param raterId the employee who rates, null for Admin BKPSDM on behalf of the
	 * regional head
	 * @param rater the rater's user name
	 */
	void rate(Rating hasil, Rating perilaku, @Nullable String reason, @Nullable String notes,
			@Nullable String recommendation, @Nullable Long raterId, String rater, Instant at) {
		requireRateable();
		this.ratingHasil = hasil;
		this.ratingPerilaku = perilaku;
		this.reason = reason;
		this.notes = notes;
		this.recommendation = recommendation;
		this.predikat = Predikat.of(hasil, perilaku);
		this.ratedById = raterId;
		this.ratedBy = rater;
		this.ratedAt = at;
		this.status = EvaluationStatus.RATED;
	}

	/**
	 * Set the rating hasil kerja that the unit's organisation result gives its leader,
	 * keeping the rating perilaku; a rated evaluation gets the new predikat.
	 */
	void followOrganisationResult(Rating hasil) {
		requireRateable();
		this.ratingHasil = hasil;
		if (this.ratingPerilaku != null) {
			this.predikat = Predikat.of(hasil, this.ratingPerilaku);
		}
	}

	/**
	 * Change the ratings in calibration, with the reason (the previous values stay in the
	 * audit trail).
	 */
	void calibrate(Rating hasil, Rating perilaku, String why, String by, Instant at) {
		requireStatus(EvaluationStatus.RATED, "evaluation.calibration.not-rated");
		this.ratingHasil = hasil;
		this.ratingPerilaku = perilaku;
		this.predikat = Predikat.of(hasil, perilaku);
		this.calibrationReason = why;
		this.calibratedBy = by;
		this.calibratedAt = at;
	}

	/** Finalise a rated evaluation: it is locked from now on. */
	void finalise(String by, Instant at) {
		requireStatus(EvaluationStatus.RATED, "evaluation.finalise.not-rated");
		this.status = EvaluationStatus.FINALISED;
		this.finalisedBy = by;
		this.finalisedAt = at;
	}

	/**
	 * Record the employee's receipt of the finalised evaluation; the appeal window closes
	 * at the end of the given day.
	 */
	void acknowledge(Instant at, LocalDate lastAppealDay) {
		requireStatus(EvaluationStatus.FINALISED, "evaluation.acknowledge.not-finalised");
		this.status = EvaluationStatus.ACKNOWLEDGED;
		this.acknowledgedAt = at;
		this.appealDeadline = lastAppealDay;
	}

	/**
	 * Change the ratings of a locked evaluation by the final decision on an appeal.
	 */
	void changeByAppeal(Rating hasil, Rating perilaku) {
		if (!this.status.locked()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.appeal.not-final");
		}
		this.ratingHasil = hasil;
		this.ratingPerilaku = perilaku;
		this.predikat = Predikat.of(hasil, perilaku);
	}

	/** Record the credit points the annual predikat earns in a functional position. */
	void recordCreditPoints(Jenjang jenjang, int months, BigDecimal points) {
		this.creditJenjang = jenjang;
		this.creditMonths = months;
		this.creditPoints = points;
	}

	private void requireRateable() {
		if (!this.status.rateable()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "evaluation.rating.locked", this.periodCode);
		}
	}

	private void requireStatus(EvaluationStatus expected, String messageKey) {
		if (this.status != expected) {
			throw new KinerjaException(HttpStatus.CONFLICT, messageKey, this.periodCode);
		}
	}

	/** Return the note on a subject ({@code RHK:<id>} or {@code VALUE:<value>}). */
	public Optional<EvaluationNote> note(String subject) {
		return this.subjectNotes.stream().filter((note) -> note.subject().equals(subject)).findFirst();
	}

	/** Return the subject code of an RHK. */
	public static String rhkSubject(long rhkId) {
		return "RHK:" + rhkId;
	}

	/** Return the subject code of a BerAKHLAK value. */
	public static String valueSubject(CoreValue value) {
		return "VALUE:" + value.name();
	}

	/**
	 * The employee's note and the pejabat penilai's feedback on one RHK or BerAKHLAK
	 * value.
	 *
	 * @param subject {@code RHK:<id>} or {@code VALUE:<value>}
	 * @param rhkId the RHK, for an RHK subject
	 * @param coreValue the value, for a value subject
	 * @param selfNote the employee's note
	 * @param feedback the pejabat penilai's feedback
	 */
	@Table("evaluation_note")
	public record EvaluationNote(String subject, @Nullable Long rhkId, @Nullable CoreValue coreValue,
			@Nullable String selfNote, @Nullable String feedback) {
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getSkpId() {
		return this.skpId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public String getPeriodCode() {
		return this.periodCode;
	}

	public boolean isAnnual() {
		return this.annual;
	}

	public int getPeriodYear() {
		return this.periodYear;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public EvaluationStatus getStatus() {
		return this.status;
	}

	public @Nullable String getSelfAssessment() {
		return this.selfAssessment;
	}

	public @Nullable Instant getSelfSubmittedAt() {
		return this.selfSubmittedAt;
	}

	public @Nullable Rating getRatingHasil() {
		return this.ratingHasil;
	}

	public @Nullable Rating getRatingPerilaku() {
		return this.ratingPerilaku;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

	public @Nullable Predikat getPredikat() {
		return this.predikat;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public @Nullable String getRecommendation() {
		return this.recommendation;
	}

	public @Nullable Long getRatedById() {
		return this.ratedById;
	}

	public @Nullable String getRatedBy() {
		return this.ratedBy;
	}

	public @Nullable Instant getRatedAt() {
		return this.ratedAt;
	}

	public @Nullable String getCalibratedBy() {
		return this.calibratedBy;
	}

	public @Nullable Instant getCalibratedAt() {
		return this.calibratedAt;
	}

	public @Nullable String getCalibrationReason() {
		return this.calibrationReason;
	}

	public @Nullable String getFinalisedBy() {
		return this.finalisedBy;
	}

	public @Nullable Instant getFinalisedAt() {
		return this.finalisedAt;
	}

	public @Nullable Instant getAcknowledgedAt() {
		return this.acknowledgedAt;
	}

	public @Nullable LocalDate getAppealDeadline() {
		return this.appealDeadline;
	}

	public @Nullable Jenjang getCreditJenjang() {
		return this.creditJenjang;
	}

	public @Nullable Integer getCreditMonths() {
		return this.creditMonths;
	}

	public @Nullable BigDecimal getCreditPoints() {
		return this.creditPoints;
	}

	public Set<EvaluationNote> getSubjectNotes() {
		return Set.copyOf(this.subjectNotes);
	}

}
