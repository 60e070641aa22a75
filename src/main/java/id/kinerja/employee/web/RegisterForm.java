package id.kinerja.employee.web;

import java.time.LocalDate;

import id.kinerja.shared.Nip;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new employee in a post.
 *
 * @param nip the 18-digit NIP or NI PPPK
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
 * @param positionId the post held definitively from the start date
 * @param startDate the first day in the post
 */
record RegisterForm(@NotBlank(message = "{employee.form.nip.required}") @Nullable String nip,
		@NotBlank(message = "{employee.form.name.required}") @Size(max = 200,
				message = "{employee.form.name.size}") @Pattern(regexp = EmployeeDetailsForm.NAME,
						message = "{employee.form.name.format}") @Nullable String name,
		@Size(max = 60, message = "{employee.form.front-title.size}") @Nullable String frontTitle,
		@Size(max = 120, message = "{employee.form.back-title.size}") @Nullable String backTitle,
		@NotBlank(message = "{employee.form.sex.required}") @Pattern(regexp = "[LP]",
				message = "{employee.form.sex.required}") @Nullable String sex,
		@NotNull(message = "{employee.form.birth-date.required}") @Past(
				message = "{employee.form.birth-date.past}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
		@NotNull(message = "{employee.form.asn-type.required}") Nip.@Nullable AsnType asnType,
		@NotBlank(message = "{employee.form.golongan.required}") @Pattern(regexp = EmployeeDetailsForm.GOLONGAN,
				message = "{employee.form.golongan.format}") @Nullable String golongan,
		@Email(message = "{employee.form.email.format}") @Size(max = 200,
				message = "{employee.form.email.format}") @Nullable String email,
		@Pattern(regexp = EmployeeDetailsForm.PHONE, message = "{employee.form.phone.format}") @Nullable String phone,
		@NotNull(message = "{employee.form.position.required}") @Nullable Long positionId,
		@NotNull(message = "{employee.form.start-date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate) {

	/** Return the details the employee module keeps. */
	EmployeeDetailsForm details() {
		return new EmployeeDetailsForm(this.name, this.frontTitle, this.backTitle, this.sex, this.birthDate,
				this.asnType, this.golongan, this.email, this.phone, null);
	}

}
