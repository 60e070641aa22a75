package id.kinerja.identity.internal;

import id.kinerja.identity.KinerjaUser;
import id.kinerja.identity.UserAccountRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public KinerjaUser loadUserByUsername(String username) {
		return this.accounts.findByUsername(username.strip())
			.map(KinerjaUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
	}

}
