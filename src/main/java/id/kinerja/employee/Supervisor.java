package id.kinerja.employee;

import org.jspecify.annotations.Nullable;

/**
 * Who rates an employee on a date: another employee, or the agency's regional head (who
 * is not an ASN and has no NIP).
 *
 * @param employeeId the supervising employee, null for the regional head or when unknown
 * @param regionalHead whether the regional head (bupati, wali kota, gubernur) rates
 * @param source how the line was found: {@code OVERRIDE}, {@code POSITION},
 * {@code VACANCY} (climbed past a vacant post) or {@code NONE} (the employee holds no
 * post)
 */
public record Supervisor(@Nullable Long employeeId, boolean regionalHead, String source) {

	static final Supervisor NONE = new Supervisor(null, false, "NONE");

	/** Whether a supervisor was found. */
	public boolean known() {
		return this.employeeId != null || this.regionalHead;
	}

}
