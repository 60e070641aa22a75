package id.kinerja.identity;

import java.util.List;
import java.util.Set;

import id.kinerja.employee.EmployeeRegistered;

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

	/**
	 * Make the accounts of newly registered employees (username = NIP, role Pegawai, no
	 * password until the employee activates it), or link an existing account with that
	 * username.
	 */
	@Transactional
	public void openEmployeeAccounts(long agencyId, List<EmployeeRegistered.NewEmployee> employees) {
		for (EmployeeRegistered.NewEmployee employee : employees) {
			UserAccount account = this.accounts.findByUsername(employee.nip())
				.orElseGet(() -> UserAccount.create(agencyId, employee.nip(), employee.fullName(), null, true));
			account.grant(Role.PEGAWAI, null);
			account.linkEmployee(employee.employeeId());
			this.accounts.save(account);
		}
	}

	/** Deactivate the account of an employee who left the agency. */
	@Transactional
	public void closeEmployeeAccount(long employeeId) {
		this.accounts.findByEmployeeId(employeeId).ifPresent((account) -> {
			account.disable();
			this.accounts.save(account);
		});
	}

	/**
	 * Give every employee account of the agency that has no password yet the given
	 * password hash (the demo agency, where every account shares one known password).
	 */
	@Transactional
	public int setMissingPasswords(long agencyId, String passwordHash, boolean mustChangePassword) {
		int changed = 0;
		for (UserAccount account : this.accounts.findByAgencyIdAndPasswordHashIsNull(agencyId)) {
			account.setPasswordHash(passwordHash, mustChangePassword);
			this.accounts.save(account);
			changed++;
		}
		return changed;
	}

	/**
	 * Grant a role to the account with the username (limited to a unit subtree for Admin
	 * OPD).
	 */
	@Transactional
	public void grant(String username, Role role, @Nullable Long unitId) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "identity.account.not-found", username));
		account.grant(role, unitId);
		this.accounts.save(account);
	}

	/** Hash a password with the current algorithm. */
	public String hash(String rawPassword) {
		return this.passwordEncoder.encode(rawPassword);
	}

}
