package id.kinerja.planning;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation goal of a year: the agency's strategic goal (sasaran strategis, no
 * unit) or a unit's goal from its Perjanjian Kinerja, which supports an agency goal. Its
 * key indicators (IKU) carry the yearly targets. JPT and unit heads' RHKs derive from
 * these.
 */
@Table("org_goal")
public class OrgGoal extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final int goalYear;

	private final @Nullable Long unitId;

	private @Nullable Long parentGoalId;

	private String code;

	private String text;

	private boolean retired;

	@MappedCollection(idColumn = "org_goal_id", keyColumn = "position_no")
	private List<GoalIndicator> indicators;

	@PersistenceCreator
	OrgGoal(long agencyId, int goalYear, @Nullable Long unitId, @Nullable Long parentGoalId, String code, String text,
			boolean retired, List<GoalIndicator> indicators) {
		this.agencyId = agencyId;
		this.goalYear = goalYear;
		this.unitId = unitId;
		this.parentGoalId = parentGoalId;
		this.code = code;
		this.text = text;
		this.retired = retired;
		this.indicators = new ArrayList<>(indicators);
	}

	static OrgGoal create(long agencyId, int year, @Nullable Long unitId, @Nullable Long parentGoalId, String code,
			String text, List<GoalIndicator> indicators) {
		return new OrgGoal(agencyId, year, unitId, parentGoalId, code, text, false, indicators);
	}

	void change(@Nullable Long newParentGoalId, String newCode, String newText, List<GoalIndicator> newIndicators) {
		this.parentGoalId = newParentGoalId;
		this.code = newCode;
		this.text = newText;
		this.indicators = new ArrayList<>(newIndicators);
	}

	void retire() {
		this.retired = true;
	}

	/**
	 * A key indicator (IKU) of a goal with its yearly target.
	 *
	 * @param text what is measured
	 * @param target the yearly target
	 * @param targetUnit the target's unit, if any
	 */
	@Table("org_goal_indicator")
	public record GoalIndicator(String text, String target, @Nullable String targetUnit) {
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public int getGoalYear() {
		return this.goalYear;
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public @Nullable Long getParentGoalId() {
		return this.parentGoalId;
	}

	public String getCode() {
		return this.code;
	}

	public String getText() {
		return this.text;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public List<GoalIndicator> getIndicators() {
		return List.copyOf(this.indicators);
	}

}
