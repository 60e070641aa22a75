package id.kinerja.employee;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An employee as the directory shows them today. The personal fields (sex, birth date,
 * e-mail, phone) are filled only for callers who may read the whole profile.
 *
 * @param id the employee id
 * @param nip the NIP
 * @param name the name with titles
 * @param asnType PNS or PPPK
 * @param golongan the rank code ({@code III/a}, {@code IX})
 * @param pangkat the pangkat name (PNS)
 * @param positionName the definitive post today
 * @param positionType its type
 * @param jenjang its level (functional posts)
 * @param unitCode the post's unit
 * @param unitName the unit's name
 * @param supervisorNip the direct supervisor today (null for the regional head or
 * unknown)
 * @param status active, moved or retired
 * @param sex L or P (profile only)
 * @param birthDate the birth date (profile only)
 * @param email the e-mail address (profile only)
 * @param phone the phone number (profile only)
 */
public record EmployeeView(long id, String nip, String name, String asnType, String golongan, @Nullable String pangkat,
		@Nullable String positionName, @Nullable String positionType, @Nullable String jenjang,
		@Nullable String unitCode, @Nullable String unitName, @Nullable String supervisorNip, String status,
		@Nullable String sex, @Nullable LocalDate birthDate, @Nullable String email, @Nullable String phone) {

	EmployeeView withPrivateFields(boolean visible, Employee employee) {
		if (!visible) {
			return this;
		}
		return new EmployeeView(this.id, this.nip, this.name, this.asnType, this.golongan, this.pangkat,
				this.positionName, this.positionType, this.jenjang, this.unitCode, this.unitName, this.supervisorNip,
				this.status, employee.getSex(), employee.getBirthDate(), employee.getEmail(), employee.getPhone());
	}

	EmployeeView withSupervisor(@Nullable String nip) {
		return new EmployeeView(this.id, this.nip, this.name, this.asnType, this.golongan, this.pangkat,
				this.positionName, this.positionType, this.jenjang, this.unitCode, this.unitName, nip, this.status,
				this.sex, this.birthDate, this.email, this.phone);
	}

}
