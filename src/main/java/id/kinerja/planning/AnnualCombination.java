package id.kinerja.planning;

/**
 * How an agency combines the annual evaluations of an employee who had several SKPs in a
 * year (a move mid-year) into the one annual predikat.
 */
public enum AnnualCombination {

	/** The SKP covering the most months (a tie goes to the later one). */
	LONGEST,
	/** The SKP that started last. */
	LATEST,
	/** The lowest predikat of the year's SKPs. */
	LOWEST

}
