package id.kinerja.identity;

import java.security.SecureRandom;
import java.util.Locale;

import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.shared.Actor;
import id.kinerja.shared.KinerjaException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes passwords: one's own (checking the current one and the rules), and an
 * administrator's reset that hands out a one-time temporary password which must be
 * changed at the next sign-in. A reset is allowed to Admin BKPSDM for the agency and to
 * Admin OPD for the employees of its unit subtrees, never for one's own account.
 */
@Service
public class PasswordService {

	/** The shortest password accepted. */
	public static final int MIN_LENGTH = 10;

	private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final EmployeeDirectory directory;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	PasswordService(UserAccountRepository accounts, PasswordEncoder encoder, EmployeeDirectory directory,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.directory = directory;
		this.events = events;
	}

	/**
	 * Change the caller's own password. Refuses a wrong current password, a password
	 * shorter than {@link #MIN_LENGTH}, one equal to the username or to the current one.
	 */
	@Transactional
	public UserAccount changeOwn(String currentPassword, String newPassword) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		UserAccount account = this.accounts.findById(actor.userId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		if (account.getPasswordHash() == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "identity.password.current-wrong");
		}
		checkRules(account, newPassword);
		if (this.encoder.matches(newPassword, account.getPasswordHash())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "identity.password.same");
		}
		account.changePassword(this.encoder.encode(newPassword));
		UserAccount saved = this.accounts.save(account);
		this.events.publishEvent(new PasswordChanged(saved.getId(), saved.getAgencyId(), saved.getUsername(), false));
		return saved;
	}

	/**
	 * Reset an employee's password to a new temporary one and return it (shown once to
	 * the administrator, never stored in clear).
	 */
	@Transactional
	public String reset(String username) {
		Actor actor = Actor.current()
			.orElseThrow(() -> new KinerjaException(HttpStatus.UNAUTHORIZED, "identity.sign-in.required"));
		UserAccount account = this.accounts.findByUsername(username.strip())
			.filter((found) -> found.getAgencyId() == actor.agencyId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "identity.account.not-found", username));
		if (account.getId().equals(actor.userId())) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "identity.password.reset-self");
		}
		boolean allowed = (account.getEmployeeId() != null) ? this.directory.administers(account.getEmployeeId())
				: actor.hasRole(Role.ADMIN_BKPSDM.name());
		if (!allowed) {
			throw new KinerjaException(HttpStatus.FORBIDDEN, "web.error.forbidden");
		}
		StringBuilder temporary = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			temporary.append(TEMPORARY_ALPHABET.charAt(this.random.nextInt(TEMPORARY_ALPHABET.length())));
		}
		account.resetPassword(this.encoder.encode(temporary));
		UserAccount saved = this.accounts.save(account);
		this.events.publishEvent(new PasswordChanged(saved.getId(), saved.getAgencyId(), saved.getUsername(), true));
		return temporary.toString();
	}

	private static void checkRules(UserAccount account, String password) {
		if (password.length() < MIN_LENGTH) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "identity.password.too-short", MIN_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(account.getUsername().toLowerCase(Locale.ROOT))) {
			throw new KinerjaException(HttpStatus.BAD_REQUEST, "identity.password.contains-username");
		}
	}

}
