package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Golongan;
import id.kinerja.shared.KinerjaException;
import id.kinerja.shared.Nip;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;

/**
 * An employee's personal data, as edited.
 *
 * @param name the name without titles
 * @param frontTitle titles before the name (gelar depan)
 * @param backTitle titles after the name (gelar belakang)
 * @param sex {@code L} or {@code P}
 * @param birthDate the birth date
 * @param asnType PNS or PPPK
 * @param golongan the rank as written: PNS {@code I/a} to {@code IV/e}, PPPK {@code I} to
 * {@code XVII}
 * @param email the e-mail address, optional
 * @param phone the phone number, optional
 * @param version the version that was edited (to detect a concurrent change)
 */
record EmployeeDetailsForm(
		@NotBlank(message = "{employee.form.name.required}") @Size(max = 200,
				message = "{employee.form.name.size}") @Pattern(regexp = NAME,
						message = "{employee.form.name.format}") @Nullable String name,
		@Size(max = 60, message = "{employee.form.front-title.size}") @Nullable String frontTitle,
		@Size(max = 120, message = "{employee.form.back-title.size}") @Nullable String backTitle,
		@NotBlank(message = "{employee.form.sex.required}") @Pattern(regexp = "[LP]",
				message = "{employee.form.sex.required}") @Nullable String sex,
		@NotNull(message = "{employee.form.birth-date.required}") @Past(
				message = "{employee.form.birth-date.past}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
		@NotNull(message = "{employee.form.asn-type.required}") Nip.@Nullable AsnType asnType,
		@NotBlank(message = "{employee.form.golongan.required}") @Pattern(regexp = GOLONGAN,
				message = "{employee.form.golongan.format}") @Nullable String golongan,
		@Email(message = "{employee.form.email.format}") @Size(max = 200,
				message = "{employee.form.email.format}") @Nullable String email,
		@Pattern(regexp = PHONE, message = "{employee.form.phone.format}") @Nullable String phone,
		@Nullable Long version) {

	/** Names: Unicode letters, spaces, {@code . ' - ,}. */
	static final String NAME = "[\\p{L}\\p{M} .,'-]*";

	/** Ranks as written: PNS {@code III/a}, PPPK {@code IX}. */
	static final String GOLONGAN = "(?:I|II|III|IV)/[a-eA-E]|X{0,1}(?:IX|IV|V?I{0,3})";

	/** Phone numbers: digits, spaces, {@code + ( ) -}. */
	static final String PHONE = "(?:\\+?[0-9 ()-]{6,30})?";

	/**
	 * Return the data as the employee module takes it; refuse a rank of the other type.
	 */
	Employee.Details toDetails() {
		Golongan rank = Golongan.of(this.asnType, this.golongan)
			.orElseThrow(() -> new KinerjaException(HttpStatus.BAD_REQUEST, "employee.golongan.asn-type"));
		return new Employee.Details(this.name.strip(), blankToNull(this.frontTitle), blankToNull(this.backTitle),
				this.sex, this.birthDate, this.asnType, rank, blankToNull(this.email), blankToNull(this.phone));
	}

	/** Return the form filled with an employee's current data. */
	static EmployeeDetailsForm of(Employee employee) {
		return new EmployeeDetailsForm(employee.getName(), employee.getFrontTitle(), employee.getBackTitle(),
				employee.getSex(), employee.getBirthDate(), employee.getAsnType(), employee.getGolongan().code(),
				employee.getEmail(), employee.getPhone(), employee.getVersion());
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
