package id.kinerja.planning.web;

import java.util.ArrayList;
import java.util.List;

import id.kinerja.planning.GoalService;
import id.kinerja.planning.OrgGoal;

import org.jspecify.annotations.Nullable;

/**
 * The form of an organisation goal: the unit (none for an agency goal), the agency goal a
 * unit goal supports, the code and text, and the key indicators (IKU) with their targets.
 * Blank indicator rows (offered for adding) are left out when saving.
 */
public class GoalForm {

	private @Nullable String unitCode;

	private @Nullable Long parentGoalId;

	private @Nullable String code;

	private @Nullable String text;

	private @Nullable Long version;

	private List<IndicatorRow> indicators = new ArrayList<>();

	static GoalForm blank(@Nullable Long parentGoalId) {
		GoalForm form = new GoalForm();
		form.parentGoalId = parentGoalId;
		form.padRows();
		return form;
	}

	static GoalForm of(OrgGoal goal, @Nullable String unitCode) {
		GoalForm form = new GoalForm();
		form.unitCode = unitCode;
		form.parentGoalId = goal.getParentGoalId();
		form.code = goal.getCode();
		form.text = goal.getText();
		form.version = goal.getVersion();
		for (OrgGoal.GoalIndicator indicator : goal.getIndicators()) {
			IndicatorRow row = new IndicatorRow();
			row.setText(indicator.text());
			row.setTarget(indicator.target());
			row.setTargetUnit(indicator.targetUnit());
			form.indicators.add(row);
		}
		form.padRows();
		return form;
	}

	/** Offer spare rows below the filled ones. */
	void padRows() {
		IndicatorRows.pad(this.indicators, IndicatorRow::blank, IndicatorRow::new);
	}

	GoalService.GoalInput input() {
		List<OrgGoal.GoalIndicator> given = new ArrayList<>();
		for (IndicatorRow row : this.indicators) {
			if (!row.blank()) {
				given.add(new OrgGoal.GoalIndicator(row.getText(), row.getTarget(), row.getTargetUnit()));
			}
		}
		return new GoalService.GoalInput(this.unitCode, this.parentGoalId, this.code, this.text, given);
	}

	/**
	 * Map a field of the service's input ({@code indicators[0].target}, counting only
	 * filled rows) to the form's field (the row as shown).
	 */
	String formField(String inputField) {
		return IndicatorRows.formField(inputField, this.indicators, IndicatorRow::blank);
	}

	public @Nullable String getUnitCode() {
		return this.unitCode;
	}

	public void setUnitCode(@Nullable String unitCode) {
		this.unitCode = unitCode;
	}

	public @Nullable Long getParentGoalId() {
		return this.parentGoalId;
	}

	public void setParentGoalId(@Nullable Long parentGoalId) {
		this.parentGoalId = parentGoalId;
	}

	public @Nullable String getCode() {
		return this.code;
	}

	public void setCode(@Nullable String code) {
		this.code = code;
	}

	public @Nullable String getText() {
		return this.text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	/** One key indicator row of the form. */
	public static class IndicatorRow {

		private @Nullable String text;

		private @Nullable String target;

		private @Nullable String targetUnit;

		boolean blank() {
			return isBlank(this.text) && isBlank(this.target) && isBlank(this.targetUnit);
		}

		private static boolean isBlank(@Nullable String value) {
			return value == null || value.isBlank();
		}

		public @Nullable String getText() {
			return this.text;
		}

		public void setText(@Nullable String text) {
			this.text = text;
		}

		public @Nullable String getTarget() {
			return this.target;
		}

		public void setTarget(@Nullable String target) {
			this.target = target;
		}

		public @Nullable String getTargetUnit() {
			return this.targetUnit;
		}

		public void setTargetUnit(@Nullable String targetUnit) {
			this.targetUnit = targetUnit;
		}

	}

}
