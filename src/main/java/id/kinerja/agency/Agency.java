package id.kinerja.agency;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A government agency (instansi): a regency, a city, a province, a ministry. */
@Table("agency")
public class Agency extends AuditedEntity implements AgencyScoped {

	private final String code;

	private String name;

	private AgencyType agencyType;

	private @Nullable String headTitle;

	private @Nullable String headName;

	@PersistenceCreator
	Agency(String code, String name, AgencyType agencyType, @Nullable String headTitle, @Nullable String headName) {
		this.code = code;
		this.name = name;
		this.agencyType = agencyType;
		this.headTitle = headTitle;
		this.headName = headName;
	}

	/** Start a new agency with its unique code. */
	public static Agency create(String code, String name, AgencyType type) {
		return new Agency(code, name, type, null, null);
	}

	/**
	 * Name the regional head (bupati, wali kota, gubernur), who rates the top of the
	 * agency: the title of the office and the person's name.
	 */
	public void nameHead(@Nullable String title, @Nullable String name) {
		this.headTitle = title;
		this.headName = name;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public AgencyType getAgencyType() {
		return this.agencyType;
	}

	/** Return the title of the regional head's office ("Wali Kota Contoh"), if known. */
	public @Nullable String getHeadTitle() {
		return this.headTitle;
	}

	/** Return the name of the regional head, if known. */
	public @Nullable String getHeadName() {
		return this.headName;
	}

	@Override
	public long getAgencyId() {
		Long id = getId();
		return (id != null) ? id : 0L;
	}

}
