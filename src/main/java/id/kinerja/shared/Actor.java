package id.kinerja.shared;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person or client acting in the current request: who is recorded in the audit trail
 * and against whom access rules are checked.
 */
public interface Actor {

	/** The name written to the audit trail for work done by the system itself. */
	String SYSTEM = "system";

	/** Return the account id. */
	long userId();

	/** Return the sign-in name (an NIP for employees). */
	String username();

	/** Return the agency the actor belongs to. */
	long agencyId();

	/**
	 * Return the employee this account belongs to, or null for an administrator's
	 * account.
	 */
	@Nullable Long employeeId();

	/**
	 * Return whether the actor holds the role (by its name, e.g. {@code ADMIN_BKPSDM}).
	 */
	boolean hasRole(String role);

	/** Return the units (roots of subtrees) the actor administers as Admin OPD. */
	Set<Long> adminUnitIds();

	/** Return the actor of the current thread, if someone is signed in. */
	static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** Return the name of the current actor, or {@link #SYSTEM}. */
	static String currentName() {
		return current().map(Actor::username).orElse(SYSTEM);
	}

}
