package id.kinerja.shared;

import java.util.Map;

import org.springframework.validation.Errors;

/**
 * Puts a refusal on a page form: next to the field it concerns when the form has one,
 * otherwise above the form. The message stays a key, resolved in the user's language when
 * the page is drawn.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Record the refusal on the form, on the field that {@code fieldsByKey} names for its
	 * message key, or as an error of the whole form.
	 */
	public static void reject(Errors errors, KinerjaException refusal, Map<String, String> fieldsByKey) {
		String field = fieldsByKey.get(refusal.getMessageKey());
		if (field != null) {
			errors.rejectValue(field, refusal.getMessageKey(), refusal.getArguments(), null);
		}
		else {
			errors.reject(refusal.getMessageKey(), refusal.getArguments(), null);
		}
	}

}
