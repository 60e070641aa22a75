package id.kinerja.agency;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A government agency (instansi): a regency, a city, a province, a ministry. */
@Table("agency")
public class Agency extends AuditedEntity implements AgencyScoped {

	private final String code;

	private String name;

	private AgencyType agencyType;

	@PersistenceCreator
	Agency(String code, String name, AgencyType agencyType) {
		this.code = code;
		this.name = name;
		this.agencyType = agencyType;
	}

	/** Start a new agency with its unique code. */
	public static Agency create(String code, String name, AgencyType type) {
		return new Agency(code, name, type);
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

	@Override
	public long getAgencyId() {
		Long id = getId();
		return (id != null) ? id : 0L;
	}

}
