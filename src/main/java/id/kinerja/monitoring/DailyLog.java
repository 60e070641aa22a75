package id.kinerja.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an employee's daily log (log harian): the day, what was done, the output
 * with its quantity and unit, and the RHK of the year's plan it serves. Voided, never
 * deleted, so that a realisation built on it later can still say where it came from.
 */
@Table("daily_log")
public class DailyLog extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final long employeeId;

	private LocalDate logDate;

	private String activity;

	private @Nullable String output;

	private @Nullable BigDecimal quantity;

	private @Nullable String outputUnit;

	private @Nullable Long rhkId;

	private @Nullable String evidenceUrl;

	private boolean voided;

	@PersistenceCreator
	DailyLog(long agencyId, long employeeId, LocalDate logDate, String activity, @Nullable String output,
			@Nullable BigDecimal quantity, @Nullable String outputUnit, @Nullable Long rhkId,
			@Nullable String evidenceUrl, boolean voided) {
		this.agencyId = agencyId;
		this.employeeId = employeeId;
		this.logDate = logDate;
		this.activity = activity;
		this.output = output;
		this.quantity = quantity;
		this.outputUnit = outputUnit;
		this.rhkId = rhkId;
		this.evidenceUrl = evidenceUrl;
		this.voided = voided;
	}

	/**
	 * What the employee writes of a day's work.
	 *
	 * @param date the day
	 * @param activity what was done
	 * @param output the output (a document, a service)
	 * @param quantity how many
	 * @param unit the quantity's unit
	 * @param rhkId the RHK it serves
	 * @param evidenceUrl a link to the evidence of the work
	 */
	record Entry(LocalDate date, String activity, @Nullable String output, @Nullable BigDecimal quantity,
			@Nullable String unit, @Nullable Long rhkId, @Nullable String evidenceUrl) {
	}

	static DailyLog of(long agencyId, long employeeId, Entry entry) {
		return new DailyLog(agencyId, employeeId, entry.date(), entry.activity(), entry.output(), entry.quantity(),
				entry.unit(), entry.rhkId(), entry.evidenceUrl(), false);
	}

	void change(Entry entry) {
		this.logDate = entry.date();
		this.activity = entry.activity();
		this.output = entry.output();
		this.quantity = entry.quantity();
		this.outputUnit = entry.unit();
		this.rhkId = entry.rhkId();
		this.evidenceUrl = entry.evidenceUrl();
	}

	void voidEntry() {
		this.voided = true;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public long getEmployeeId() {
		return this.employeeId;
	}

	public LocalDate getLogDate() {
		return this.logDate;
	}

	public String getActivity() {
		return this.activity;
	}

	public @Nullable String getOutput() {
		return this.output;
	}

	public @Nullable BigDecimal getQuantity() {
		return this.quantity;
	}

	public @Nullable String getOutputUnit() {
		return this.outputUnit;
	}

	public @Nullable Long getRhkId() {
		return this.rhkId;
	}

	public @Nullable String getEvidenceUrl() {
		return this.evidenceUrl;
	}

	public boolean isVoided() {
		return this.voided;
	}

}
