package id.kinerja.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import id.kinerja.employee.ReportingLines;
import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.Role;
import id.kinerja.identity.UserAccount;
import id.kinerja.identity.UserAccountRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final ReportingLines lines;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, ReportingLines lines, Clock clock) {
		this.accounts = accounts;
		this.lines = lines;
		this.clock = clock;
	}

	/**
	 * Roles that follow from the post held today: Atasan with subordinates, Pimpinan unit
	 * for a unit head.
	 */
	private Set<Role> derivedRoles(UserAccount account) {
		Long employeeId = account.getEmployeeId();
		if (employeeId == null) {
			return Set.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<Role> roles = EnumSet.of(Role.PEGAWAI);
		if (!this.lines.directSubordinates(employeeId, today).isEmpty()) {
			roles.add(Role.ATASAN);
		}
		if (this.lines.leadsAUnit(employeeId, today)) {
			roles.add(Role.PIMPINAN_UNIT);
		}
		return roles;
	}

	@Override
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public KinerjaUser loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.strip())
			.map((account) -> KinerjaUser.of(account, derivedRoles(account)))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

}
