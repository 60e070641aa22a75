package id.kinerja.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A whole SKP as people and clients read it: the header with the owner and the pejabat
 * penilai, the planned results with their indicators and the supervisor's RHK each
 * supports, the behaviour expectations, the attachments, and the quality hints.
 *
 * @param id the plan
 * @param version the version to send back with the next change
 * @param nip the owner's NIP
 * @param name the owner's name with titles
 * @param year the year
 * @param startDate the first day
 * @param endDate the last day
 * @param status where it stands
 * @param format JPT or not
 * @param approach quantitative or qualitative indicators
 * @param golongan the owner's rank (code)
 * @param pangkat the rank's name, null for PPPK
 * @param positionName the owner's post
 * @param positionType the post's type
 * @param unitName the post's unit
 * @param appraiser the pejabat penilai, null when the regional head rates or none is
 * known
 * @param appraiserRegionalHead whether the regional head rates
 * @param regionalHeadTitle the regional head's title, when the regional head rates
 * @param regionalHeadName the regional head's name, when the regional head rates
 * @param upperAppraiser the atasan pejabat penilai
 * @param resourceSupport lampiran: dukungan sumber daya
 * @param accountabilityScheme lampiran: skema pertanggungjawaban
 * @param consequences lampiran: konsekuensi
 * @param returnNote the notes of the last return
 * @param submittedAt when it was last submitted
 * @param decidedAt when it was last approved or returned
 * @param rhk the planned results in order
 * @param behaviours the seven values with the expectations
 * @param hints what to improve before submitting
 */
public record SkpView(long id, long version, String nip, String name, int year, LocalDate startDate, LocalDate endDate,
		SkpStatus status, SkpFormat format, Approach approach, String golongan, @Nullable String pangkat,
		@Nullable String positionName, @Nullable String positionType, @Nullable String unitName,
		@Nullable Person appraiser, boolean appraiserRegionalHead, @Nullable String regionalHeadTitle,
		@Nullable String regionalHeadName, @Nullable Person upperAppraiser, @Nullable String resourceSupport,
		@Nullable String accountabilityScheme, @Nullable String consequences, @Nullable String returnNote,
		@Nullable Instant submittedAt, @Nullable Instant decidedAt, List<RhkView> rhk, List<BehaviourView> behaviours,
		List<Hint> hints) {

	/**
	 * A person in the header.
	 *
	 * @param nip the NIP
	 * @param name the name with titles
	 * @param golongan the rank's code
	 * @param pangkat the rank's name
	 * @param positionName the post
	 * @param unitName the unit
	 */
	public record Person(String nip, String name, String golongan, @Nullable String pangkat,
			@Nullable String positionName, @Nullable String unitName) {
	}

	/**
	 * A planned result.
	 *
	 * @param id the RHK
	 * @param version its version
	 * @param number its number in the plan, from 1
	 * @param text the planned result
	 * @param kind Utama or Tambahan
	 * @param supervisorRhkId the supervisor's RHK it supports
	 * @param supervisorRhkText that RHK's text
	 * @param orgGoalId the organisation goal it derives from
	 * @param orgGoalText that goal's text
	 * @param perspective the perspective (JPT)
	 * @param supervisorChange what happened to the supervisor's RHK since it was linked
	 * @param indicators the indicators
	 */
	public record RhkView(long id, long version, int number, String text, RhkKind kind, @Nullable Long supervisorRhkId,
			@Nullable String supervisorRhkText, @Nullable Long orgGoalId, @Nullable String orgGoalText,
			@Nullable Perspective perspective, @Nullable SupervisorChange supervisorChange,
			List<IndicatorView> indicators) {
	}

	/**
	 * An indicator.
	 *
	 * @param id the indicator
	 * @param version its version
	 * @param text what is measured
	 * @param aspect the aspect
	 * @param target the target
	 * @param unit the target's unit
	 */
	public record IndicatorView(long id, long version, String text, @Nullable Aspect aspect, String target,
			@Nullable String unit) {
	}

	/**
	 * A BerAKHLAK value with the pejabat penilai's special expectation.
	 *
	 * @param value the value
	 * @param expectation the expectation, null when none
	 */
	public record BehaviourView(CoreValue value, @Nullable String expectation) {
	}

	/**
	 * A quality hint: a message key, the RHK (and indicator) it concerns, and whether it
	 * blocks submission.
	 *
	 * @param code the message key
	 * @param rhkNumber the RHK's number, null for the whole plan
	 * @param indicatorNumber the indicator's number within the RHK
	 * @param blocking whether submission is refused while it stands
	 */
	public record Hint(String code, @Nullable Integer rhkNumber, @Nullable Integer indicatorNumber, boolean blocking) {

		/** Return the message's arguments: the RHK's and the indicator's number. */
		public @Nullable Object[] arguments() {
			return new @Nullable Object[] { this.rhkNumber, this.indicatorNumber };
		}

	}

	/**
	 * Return whether the supervisor changed or removed an RHK that this plan supports
	 * since it was linked: the owner has something to review.
	 */
	public boolean supervisorChanged() {
		return this.rhk.stream().anyMatch((rhk) -> rhk.supervisorChange() != null);
	}

	/** Return whether a hint blocks submission. */
	public boolean blocked() {
		return this.hints.stream().anyMatch(Hint::blocking);
	}

}
