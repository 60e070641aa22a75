package id.kinerja.monitoring.feedback;

import java.util.List;
import java.util.Map;

import id.kinerja.planning.SkpQueries;

/**
 * Where the signed-in person stands on a plan for feedback, with what a feedback form on
 * it offers.
 *
 * @param skpId the plan
 * @param ownerName the owner's name
 * @param year the plan's year
 * @param standing the reader's standing
 * @param peerVisible whether the agency shows peer input to owners (anonymised)
 * @param rhks the plan's RHKs, in order
 * @param realisations the plan's realisations by id, with their period code
 */
public record PlanStanding(long skpId, String ownerName, int year, Standing standing, boolean peerVisible,
		List<SkpQueries.OwnRhk> rhks, Map<Long, String> realisations) {

	/** How one stands on a plan. */
	public enum Standing {

		/** The plan's owner: reads and replies. */
		OWNER,
		/** Above the owner in the line today: writes on everything, reads everything. */
		SUPERVISOR,
		/** Invited by the owner: writes on the SKP, its RHKs and values; reads own. */
		PEER,
		/** Admin BKPSDM or Auditor: reads everything, writes nothing. */
		OVERSEER;

		/** Return whether one in this standing writes feedback. */
		public boolean writes() {
			return this == SUPERVISOR || this == PEER;
		}

	}

}
