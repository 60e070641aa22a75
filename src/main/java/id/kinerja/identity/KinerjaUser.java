package id.kinerja.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.kinerja.shared.Actor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: an account with its roles. Kept in the (database-backed)
 * session, so it is small and serialisable.
 */
public final class KinerjaUser implements UserDetails, CredentialsContainer, Actor, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final long agencyId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final Set<RoleGrant> grants;

	private final @Nullable Long employeeId;

	private final boolean mustChangePassword;

	/** Return the principal of the given account, with its granted roles only. */
	public static KinerjaUser of(UserAccount account) {
		return new KinerjaUser(account, Set.of());
	}

	/**
	 * Return the principal of the given account with roles that follow from the position.
	 */
	public static KinerjaUser of(UserAccount account, Set<Role> derivedRoles) {
		return new KinerjaUser(account, derivedRoles);
	}

	private KinerjaUser(UserAccount account, Set<Role> derivedRoles) {
		this.userId = (account.getId() != null) ? account.getId() : 0L;
		this.agencyId = account.getAgencyId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		// An account without a password (not yet activated) matches no password at all.
		this.passwordHash = (account.getPasswordHash() != null) ? account.getPasswordHash() : "{bcrypt}";
		this.enabled = account.isEnabled();
		Set<RoleGrant> all = new java.util.HashSet<>(account.getRoles());
		derivedRoles.forEach((role) -> all.add(new RoleGrant(role, account.getAgencyId(), null)));
		this.grants = Set.copyOf(all);
		this.employeeId = account.getEmployeeId();
		this.mustChangePassword = account.isMustChangePassword();
	}

	/** Whether the account must choose a new password before doing anything else. */
	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public @Nullable Long employeeId() {
		return this.employeeId;
	}

	@Override
	public boolean hasRole(String role) {
		return this.grants.stream().anyMatch((grant) -> grant.roleName().name().equals(role));
	}

	@Override
	public Set<Long> adminUnitIds() {
		return this.grants.stream()
			.filter((grant) -> grant.roleName() == Role.ADMIN_OPD && grant.unitId() != null)
			.map(RoleGrant::unitId)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	@Override
	public long userId() {
		return this.userId;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public long agencyId() {
		return this.agencyId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/** Return whether the account holds the role anywhere in its agency. */
	public boolean hasRole(Role role) {
		return this.grants.stream().anyMatch((grant) -> grant.roleName() == role);
	}

	/** Return the roles held, in the order of {@link Role}. */
	public List<Role> getRoles() {
		return this.grants.stream().map(RoleGrant::roleName).distinct().sorted().toList();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof KinerjaUser user && user.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return this.username;
	}

}
