package id.kinerja.audit.internal;

import id.kinerja.audit.AuditTrail;
import id.kinerja.identity.PasswordChanged;
import id.kinerja.identity.SignInFailed;
import id.kinerja.identity.SignedIn;
import id.kinerja.identity.SignedOut;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records sign-ins, refused sign-ins and sign-outs in the audit trail. */
@Component
class SignInAuditListener {

	private static final String ENTITY = "UserAccount";

	private final AuditTrail trail;

	SignInAuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(SignedIn event) {
		this.trail.record(event.agencyId(), event.username(), "SIGN_IN", ENTITY, String.valueOf(event.userId()), null,
				"{\"channel\":\"" + event.channel() + "\"}");
	}

	@EventListener
	void on(SignInFailed event) {
		this.trail.record(event.agencyId(), event.username(), "SIGN_IN_FAILED", ENTITY, String.valueOf(event.userId()),
				null, "{\"reason\":\"" + event.reason() + "\"}");
	}

	@EventListener
	void on(PasswordChanged event) {
		this.trail.record(event.agencyId(), event.reset() ? "PASSWORD_RESET" : "PASSWORD_CHANGED", ENTITY,
				String.valueOf(event.userId()), null, "{\"username\":\"" + event.username() + "\"}");
	}

	@EventListener
	void on(SignedOut event) {
		this.trail.record(event.agencyId(), event.username(), "SIGN_OUT", ENTITY, String.valueOf(event.userId()), null,
				null);
	}

}
