package id.kinerja.planning;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A node of the plan cascade (pohon kinerja) of a year: the agency, an organisation goal,
 * a unit, an employee with the plan's state, or an RHK with its owner. Its children are
 * read on demand ({@link CascadeQueries#children}).
 *
 * @param id the node's id: {@code agency}, {@code goal-12}, {@code unit-3},
 * {@code employee-40}, {@code rhk-77}
 * @param kind what the node is
 * @param label the goal's or the RHK's text, the unit's or the employee's name
 * @param code the goal's or the unit's code, the employee's NIP, the RHK's kind
 * @param detail the post and unit of an employee, the owner of an RHK, the unit of a goal
 * @param nip the employee's or the RHK owner's NIP
 * @param skpId the plan of the year (employee and RHK nodes), null when none was started
 * @param planState the plan's state: {@code NONE}, {@code DRAFT}, {@code SUBMITTED},
 * {@code RETURNED} or {@code APPROVED}; null for goals and units
 * @param expandable whether the node may have children
 * @param flags what needs attention: {@code UNSUPPORTED} (a supervisor's RHK no
 * subordinate supports), {@code NOT_APPROVED} (no approved plan)
 */
public record CascadeNode(String id, Kind kind, String label, @Nullable String code, @Nullable String detail,
		@Nullable String nip, @Nullable Long skpId, @Nullable String planState, boolean expandable,
		List<String> flags) {

	/** What a node is. */
	public enum Kind {

		AGENCY, GOAL, UNIT, EMPLOYEE, RHK

	}

	/** A flag: the supervisor's RHK that no subordinate's RHK supports. */
	public static final String UNSUPPORTED = "UNSUPPORTED";

	/** A flag: the employee has no approved plan of the year. */
	public static final String NOT_APPROVED = "NOT_APPROVED";

	/** The plan's state when none was started. */
	public static final String NONE = "NONE";

	/**
	 * A node with its children, where the tree is opened.
	 *
	 * @param year the year
	 * @param node the node
	 * @param children its children
	 */
	public record Opened(int year, CascadeNode node, List<CascadeNode> children) {
	}

}
