package id.kinerja.monitoring.dialogue;

/** The kind of a coaching session. */
public enum CoachingKind {

	/** Coaching: improving the performance of the work at hand. */
	COACHING,

	/** Mentoring: passing on experience for the employee's development. */
	MENTORING,

	/** Konseling: counselling on problems that stand in the way of the work. */
	KONSELING

}
