package id.kinerja.employee;

import java.time.LocalDate;
import java.util.Locale;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A civil servant (pegawai ASN), PNS or PPPK, identified by the NIP. */
@Table("employee")
public class Employee extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final String nip;

	private String name;

	private @Nullable String frontTitle;

	private @Nullable String backTitle;

	private String sex;

	private LocalDate birthDate;

	private Nip.AsnType asnType;

	private Golongan golongan;

	private @Nullable String email;

	private @Nullable String phone;

	private EmployeeStatus status;

	private String searchText;

	@PersistenceCreator
	Employee(long agencyId, String nip, String name, @Nullable String frontTitle, @Nullable String backTitle,
			String sex, LocalDate birthDate, Nip.AsnType asnType, Golongan golongan, @Nullable String email,
			@Nullable String phone, EmployeeStatus status, @Nullable String searchText) {
		this.agencyId = agencyId;
		this.nip = nip;
		this.name = name;
		this.frontTitle = frontTitle;
		this.backTitle = backTitle;
		this.sex = sex;
		this.birthDate = birthDate;
		this.asnType = asnType;
		this.golongan = golongan;
		this.email = email;
		this.phone = phone;
		this.status = status;
		this.searchText = (searchText != null) ? searchText : searchTextOf(nip, name);
	}

	/**
	 * The personal data of an employee, as entered or imported.
	 *
	 * @param name the name without titles
	 * @param frontTitle titles before the name (gelar depan)
	 * @param backTitle titles after the name (gelar belakang)
	 * @param sex {@code L} or {@code P}
	 * @param birthDate the birth date
	 * @param asnType PNS or PPPK
	 * @param golongan the rank
	 * @param email the e-mail address
	 * @param phone the phone number
	 */
	public record Details(String name, @Nullable String frontTitle, @Nullable String backTitle, String sex,
			LocalDate birthDate, Nip.AsnType asnType, Golongan golongan, @Nullable String email,
			@Nullable String phone) {
	}

	static Employee register(long agencyId, String nip, Details details) {
		Employee employee = new Employee(agencyId, nip, details.name(), null, null, details.sex(), details.birthDate(),
				details.asnType(), details.golongan(), null, null, EmployeeStatus.ACTIVE, null);
		employee.update(details);
		return employee;
	}

	void update(Details details) {
		this.name = details.name();
		this.frontTitle = details.frontTitle();
		this.backTitle = details.backTitle();
		this.sex = details.sex();
		this.birthDate = details.birthDate();
		this.asnType = details.asnType();
		this.golongan = details.golongan();
		this.email = details.email();
		this.phone = details.phone();
		this.searchText = searchTextOf(this.nip, this.name);
	}

	void changeStatus(EmployeeStatus newStatus) {
		this.status = newStatus;
	}

	/** Return the current data as {@link Details}. */
	public Details details() {
		return new Details(this.name, this.frontTitle, this.backTitle, this.sex, this.birthDate, this.asnType,
				this.golongan, this.email, this.phone);
	}

	static String searchTextOf(String nip, String name) {
		return (nip + " " + name).toLowerCase(Locale.ROOT);
	}

	/**
	 * Return the name with front and back titles, as printed:
	 * {@code Dr. Ir. Ahmad, M.Si.}.
	 */
	public String getFullName() {
		return fullNameOf(details());
	}

	static String fullNameOf(Details details) {
		StringBuilder full = new StringBuilder();
		if (details.frontTitle() != null && !details.frontTitle().isBlank()) {
			full.append(details.frontTitle().strip()).append(' ');
		}
		full.append(details.name());
		if (details.backTitle() != null && !details.backTitle().isBlank()) {
			full.append(", ").append(details.backTitle().strip());
		}
		return full.toString();
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public String getNip() {
		return this.nip;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getFrontTitle() {
		return this.frontTitle;
	}

	public @Nullable String getBackTitle() {
		return this.backTitle;
	}

	public String getSex() {
		return this.sex;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public Nip.AsnType getAsnType() {
		return this.asnType;
	}

	public Golongan getGolongan() {
		return this.golongan;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public EmployeeStatus getStatus() {
		return this.status;
	}

}
