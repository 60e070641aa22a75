package id.kinerja.shared;

import org.springframework.http.HttpStatus;

/**
 * A refusal that the user can understand: a message key (resolved in the user's language)
 * with its arguments and the HTTP status it maps to. Never carries literal text.
 */
public class KinerjaException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	public KinerjaException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
