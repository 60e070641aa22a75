package id.kinerja.agency;

import java.time.LocalDate;

/**
 * Tells whether someone holds a post on or after a day, definitively or acting. The
 * agency module asks before it closes a post; the employee module, which keeps the
 * assignments, answers.
 */
public interface PostHolders {

	/**
	 * Return whether an assignment (definitive, Plt or Plh) of the post is in force on
	 * the day or starts after it.
	 */
	boolean heldOnOrAfter(long positionId, LocalDate day);

}
