package id.kinerja.identity;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.kinerja.employee.EmployeeRegistered;
import id.kinerja.shared.Actor;
import id.kinerja.shared.ChangeLog;
import id.kinerja.shared.JdbcBatches;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and grants roles. Called by administrators' workflows and by the
 * seeders; every change is audited through the repository.
 */
@Service
public class AccountService {

	private static final List<JdbcBatches.Column> ACCOUNT_COLUMNS = List.of(
			new JdbcBatches.Column("agency_id", Types.BIGINT), new JdbcBatches.Column("username", Types.VARCHAR),
			new JdbcBatches.Column("display_name", Types.VARCHAR),
			new JdbcBatches.Column("password_hash", Types.VARCHAR), new JdbcBatches.Column("enabled", Types.BOOLEAN),
			new JdbcBatches.Column("must_change_password", Types.BOOLEAN),
			new JdbcBatches.Column("employee_id", Types.BIGINT),
			new JdbcBatches.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("created_by", Types.VARCHAR),
			new JdbcBatches.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE),
			new JdbcBatches.Column("updated_by", Types.VARCHAR), new JdbcBatches.Column("version", Types.BIGINT));

	private static final List<JdbcBatches.Column> GRANT_COLUMNS = List.of(
			new JdbcBatches.Column("user_account", Types.BIGINT), new JdbcBatches.Column("agency_id", Types.BIGINT),
			new JdbcBatches.Column("role_name", Types.VARCHAR), new JdbcBatches.Column("unit_id", Types.BIGINT));

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final NamedParameterJdbcTemplate jdbc;

	private final ChangeLog changes;

	private final Clock clock;

	AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, NamedParameterJdbcTemplate jdbc,
			ChangeLog changes, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.changes = changes;
		this.clock = clock;
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
	 * username. New accounts are inserted in batches, so that an import of thousands of
	 * employees stays fast; each is written to the audit trail.
	 */
	@Transactional
	public void openEmployeeAccounts(long agencyId, List<EmployeeRegistered.NewEmployee> employees) {
		Map<String, Long> existing = new HashMap<>();
		List<String> usernames = employees.stream().map(EmployeeRegistered.NewEmployee::nip).toList();
		for (int from = 0; from < usernames.size(); from += JdbcBatches.BATCH_SIZE) {
			this.jdbc.query("SELECT id, username FROM user_account WHERE username IN (:names)",
					new MapSqlParameterSource("names",
							usernames.subList(from, Math.min(usernames.size(), from + JdbcBatches.BATCH_SIZE))),
					(rs) -> {
						existing.put(rs.getString(2), rs.getLong(1));
					});
		}
		List<EmployeeRegistered.NewEmployee> fresh = new ArrayList<>();
		for (EmployeeRegistered.NewEmployee employee : employees) {
			Long accountId = existing.get(employee.nip());
			if (accountId == null) {
				fresh.add(employee);
				continue;
			}
			UserAccount account = this.accounts.findById(accountId).orElseThrow();
			account.grant(Role.PEGAWAI, null);
			account.linkEmployee(employee.employeeId());
			this.accounts.save(account);
		}
		insertEmployeeAccounts(agencyId, fresh);
	}

	private void insertEmployeeAccounts(long agencyId, List<EmployeeRegistered.NewEmployee> employees) {
		if (employees.isEmpty()) {
			return;
		}
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		String actor = Actor.currentName();
		long[] ids = JdbcBatches.insert(this.jdbc.getJdbcTemplate(), "user_account", ACCOUNT_COLUMNS, employees,
				(employee) -> new Object[] { agencyId, employee.nip(), employee.fullName(), null, true, true,
						employee.employeeId(), now, actor, now, actor, 0L });
		List<Long> accountIds = new ArrayList<>(ids.length);
		for (long id : ids) {
			accountIds.add(id);
		}
		JdbcBatches.insert(this.jdbc.getJdbcTemplate(), "role_grant", GRANT_COLUMNS, accountIds,
				(id) -> new Object[] { id, agencyId, Role.PEGAWAI.name(), null });
		List<ChangeLog.Change> created = new ArrayList<>(employees.size());
		for (int i = 0; i < employees.size(); i++) {
			EmployeeRegistered.NewEmployee employee = employees.get(i);
			Map<String, @Nullable Object> state = new TreeMap<>();
			state.put("agencyId", agencyId);
			state.put("displayName", employee.fullName());
			state.put("employeeId", employee.employeeId());
			state.put("enabled", true);
			state.put("id", ids[i]);
			state.put("mustChangePassword", true);
			state.put("preferredLocale", null);
			state.put("roles", List.of(new RoleGrant(Role.PEGAWAI, agencyId, null)));
			state.put("username", employee.nip());
			created.add(ChangeLog.Change.created(agencyId, "UserAccount", ids[i], state));
		}
		this.changes.record(created);
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
	 * Give every account of the agency that has no password yet the given hash in one
	 * statement: the generator's {@code --password}, so that benchmarks and trials can
	 * sign in as any generated employee. Not for real agencies.
	 */
	@Transactional
	public int setMissingPasswordsInBulk(long agencyId, String passwordHash, boolean mustChangePassword) {
		return this.jdbc.update("""
				UPDATE user_account SET password_hash = :hash, must_change_password = :must, version = version + 1
				WHERE agency_id = :agency AND password_hash IS NULL
				""",
				new MapSqlParameterSource().addValue("hash", passwordHash)
					.addValue("must", mustChangePassword)
					.addValue("agency", agencyId));
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
