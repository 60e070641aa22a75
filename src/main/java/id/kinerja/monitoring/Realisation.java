package id.kinerja.monitoring;

import java.math.BigDecimal;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The realisation of one indicator (IKI) in one period: the realised value — a number, or
 * a description for a qualitative indicator — the achievement against the target, the
 * budget of the period for a Biaya indicator, a note, and when below target the obstacle,
 * its cause and the planned fix. Reported by the employee or by another system.
 */
@Table("realisation")
public class Realisation extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long reportId;

	private final long skpId;

	private final long rhkId;

	private final long indicatorId;

	private @Nullable BigDecimal valueNumber;

	private @Nullable String valueText;

	private @Nullable BigDecimal achievement;

	private @Nullable BigDecimal budget;

	private @Nullable String note;

	private @Nullable String obstacle;

	private @Nullable String obstacleCause;

	private @Nullable String plannedFix;

	private RealisationSource source;

	private @Nullable String sourceClient;

	@PersistenceCreator
	Realisation(long agencyId, long reportId, long skpId, long rhkId, long indicatorId,
			@Nullable BigDecimal valueNumber, @Nullable String valueText, @Nullable BigDecimal achievement,
			@Nullable BigDecimal budget, @Nullable String note, @Nullable String obstacle,
			@Nullable String obstacleCause, @Nullable String plannedFix, RealisationSource source,
			@Nullable String sourceClient) {
		this.agencyId = agencyId;
		this.reportId = reportId;
		this.skpId = skpId;
		this.rhkId = rhkId;
		this.indicatorId = indicatorId;
		this.valueNumber = valueNumber;
		this.valueText = valueText;
		this.achievement = achievement;
		this.budget = budget;
		this.note = note;
		this.obstacle = obstacle;
		this.obstacleCause = obstacleCause;
		this.plannedFix = plannedFix;
		this.source = source;
		this.sourceClient = sourceClient;
	}

	/**
	 * What was realised, checked.
	 *
	 * @param valueNumber the number, for a measured indicator
	 * @param valueText the description, for a described one
	 * @param achievement the achievement in percent, when computable
	 * @param budget the period's budget of a Biaya indicator
	 * @param note what was done
	 * @param obstacle the obstacle, when below target
	 * @param cause its cause
	 * @param fix the planned fix
	 */
	record Values(@Nullable BigDecimal valueNumber, @Nullable String valueText, @Nullable BigDecimal achievement,
			@Nullable BigDecimal budget, @Nullable String note, @Nullable String obstacle, @Nullable String cause,
			@Nullable String fix) {
	}

	static Realisation of(RealisationReport report, long rhkId, long indicatorId, Values values,
			RealisationSource source, @Nullable String client) {
		Realisation realisation = new Realisation(report.getAgencyId(), report.getId(), report.getSkpId(), rhkId,
				indicatorId, null, null, null, null, null, null, null, null, source, client);
		realisation.change(values, source, client);
		return realisation;
	}

	void change(Values values, RealisationSource source, @Nullable String client) {
		this.valueNumber = values.valueNumber();
		this.valueText = values.valueText();
		this.achievement = values.achievement();
		this.budget = values.budget();
		this.note = values.note();
		this.obstacle = values.obstacle();
		this.obstacleCause = values.cause();
		this.plannedFix = values.fix();
		this.source = source;
		this.sourceClient = client;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getReportId() {
		return this.reportId;
	}

	public long getSkpId() {
		return this.skpId;
	}

	public long getRhkId() {
		return this.rhkId;
	}

	public long getIndicatorId() {
		return this.indicatorId;
	}

	public @Nullable BigDecimal getValueNumber() {
		return this.valueNumber;
	}

	public @Nullable String getValueText() {
		return this.valueText;
	}

	public @Nullable BigDecimal getAchievement() {
		return this.achievement;
	}

	public @Nullable BigDecimal getBudget() {
		return this.budget;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public @Nullable String getObstacle() {
		return this.obstacle;
	}

	public @Nullable String getObstacleCause() {
		return this.obstacleCause;
	}

	public @Nullable String getPlannedFix() {
		return this.plannedFix;
	}

	public RealisationSource getSource() {
		return this.source;
	}

	public @Nullable String getSourceClient() {
		return this.sourceClient;
	}

}
