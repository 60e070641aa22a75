package id.kinerja.identity;

/**
 * The roles of Kinerja; the UI names live in the message bundles under
 * {@code identity.role.*}.
 */
public enum Role {

	/** Every employee. */
	PEGAWAI,
	/** Anyone with subordinates (atasan, pejabat penilai). */
	ATASAN,
	/** Head of an OPD or unit. */
	PIMPINAN_UNIT,
	/** Staff administrator of one unit subtree. */
	ADMIN_OPD,
	/** The agency's HR administrator (BKPSDM). */
	ADMIN_BKPSDM,
	/** Reads everything of an agency, changes nothing. */
	AUDITOR;

	/** Return the Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Return the message key of this role's display name. */
	public String messageKey() {
		return "identity.role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
