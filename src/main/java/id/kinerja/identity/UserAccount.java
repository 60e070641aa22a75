package id.kinerja.identity;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import id.kinerja.shared.AgencyScoped;
import id.kinerja.shared.AuditedEntity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account that signs in: an employee (username = NIP) or an administrator. The
 * password is only ever held as a hash; failed sign-ins are counted outside this
 * aggregate so that they never touch its version or its audit trail.
 */
@Table("user_account")
public class UserAccount extends AuditedEntity implements AgencyScoped {

	private final long agencyId;

	private final String username;

	private String displayName;

	@JsonIgnore
	private @Nullable String passwordHash;

	private @Nullable Long employeeId;

	private boolean enabled;

	private boolean mustChangePassword;

	private @Nullable String preferredLocale;

	@MappedCollection(idColumn = "user_account")
	private Set<RoleGrant> roles;

	@PersistenceCreator
	UserAccount(long agencyId, String username, String displayName, @Nullable String passwordHash, boolean enabled,
			boolean mustChangePassword, @Nullable String preferredLocale, Set<RoleGrant> roles,
			@Nullable Long employeeId) {
		this.employeeId = employeeId;
		this.agencyId = agencyId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.preferredLocale = preferredLocale;
		this.roles = new HashSet<>(roles);
	}

	static UserAccount create(long agencyId, String username, String displayName, @Nullable String passwordHash,
			boolean mustChangePassword) {
		return new UserAccount(agencyId, username, displayName, passwordHash, true, mustChangePassword, null, Set.of(),
				null);
	}

	void linkEmployee(long id) {
		this.employeeId = id;
	}

	void grant(Role role, @Nullable Long unitId) {
		this.roles.add(new RoleGrant(role, this.agencyId, unitId));
	}

	void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	void setPasswordHash(String hash, boolean mustChange) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
	}

	void disable() {
		this.enabled = false;
	}

	@Override
	public long getAgencyId() {
		return this.agencyId;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public @Nullable String getPreferredLocale() {
		return this.preferredLocale;
	}

	public @Nullable Long getEmployeeId() {
		return this.employeeId;
	}

	public Set<RoleGrant> getRoles() {
		return Collections.unmodifiableSet(this.roles);
	}

}
