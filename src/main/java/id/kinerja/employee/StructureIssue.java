package id.kinerja.employee;

import org.jspecify.annotations.Nullable;

/**
 * Something in the structure data that will block people later (a plan without a pejabat
 * penilai, a rating nobody may give), found before it does.
 *
 * @param kind what is wrong: {@code NO_POST}, {@code VACANT_HEAD},
 * {@code SUPERVISOR_LEFT}, {@code SKIPPED_LEVEL}, {@code CROSS_UNIT},
 * {@code NIP_MISMATCH}
 * @param nip the employee concerned, if any
 * @param name the employee's or the post's name
 * @param unitCode the unit concerned
 * @param detail a value the message names (the other post, the other unit, the field)
 */
public record StructureIssue(String kind, @Nullable String nip, String name, @Nullable String unitCode,
		@Nullable String detail) {

	/** Return the message key that explains this kind of issue and its fix. */
	public String messageKey() {
		return "employee.health." + this.kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
