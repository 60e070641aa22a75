package id.kinerja.identity.internal;

/** Session attributes the sign-in flow leaves for the sign-in page. */
public final class SignInAttributes {

	/** The name typed in a failed sign-in, so nobody has to retype an 18-digit NIP. */
	public static final String LAST_USERNAME = "kinerja.lastUsername";

	private SignInAttributes() {
	}

}
