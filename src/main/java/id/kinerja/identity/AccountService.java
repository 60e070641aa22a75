package id.kinerja.identity;

import java.util.Set;

import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and grants roles. Called by administrators' workflows and by the
 * seeders; every change is audited through the repository.
 */
@Service
public class AccountService {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Create an account with the given roles, limited to {@code unitId} when given.
	 * Rejects a username already taken.
	 */
	@Transactional
	public UserAccount createAccount(long agencyId, String username, String displayName, String rawPassword,
			boolean mustChangePassword, Set<Role> roles, @Nullable Long unitId) {
		return createAccountWithHash(agencyId, username, displayName, this.passwordEncoder.encode(rawPassword),
				mustChangePassword, roles, unitId);
	}

	/**
	 * Create an account whose password is already hashed (bulk creation hashes one shared
	 * initial password once). Rejects a username already taken.
	 */
	@Transactional
	public UserAccount createAccountWithHash(long agencyId, String username, String displayName, String passwordHash,
			boolean mustChangePassword, Set<Role> roles, @Nullable Long unitId) {
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new KinerjaException(HttpStatus.CONFLICT, "identity.account.username-taken", username);
		}
		UserAccount account = UserAccount.create(agencyId, username, displayName, passwordHash, mustChangePassword);
		roles.forEach((role) -> account.grant(role, (role == Role.ADMIN_OPD) ? unitId : null));
		return this.accounts.save(account);
	}

	/** Hash a password with the current algorithm. */
	public String hash(String rawPassword) {
		return this.passwordEncoder.encode(rawPassword);
	}

}
