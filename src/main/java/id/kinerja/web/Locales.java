package id.kinerja.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/** The languages of Kinerja: Bahasa Indonesia first, English second. */
public final class Locales {

	/** Bahasa Indonesia, the default. */
	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/** The languages offered, default first. */
	public static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

	private Locales() {
	}

	/** Return the supported language closest to the given one, or Indonesian. */
	public static Locale supported(@Nullable Locale locale) {
		if (locale != null) {
			for (Locale candidate : SUPPORTED) {
				if (candidate.getLanguage().equals(locale.getLanguage())
						|| ("in".equals(locale.getLanguage()) && candidate == INDONESIAN)) {
					return candidate;
				}
			}
		}
		return INDONESIAN;
	}

	/**
	 * Return the supported language a client asks for in {@code Accept-Language}, or
	 * Indonesian.
	 */
	public static Locale fromAcceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return INDONESIAN;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return supported(match);
		}
		catch (IllegalArgumentException ex) {
			return INDONESIAN;
		}
	}

	/**
	 * Return whether the request (or the request an error page stands for) is for the
	 * JSON API.
	 */
	public static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String value) ? value : request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/") || uri.startsWith(request.getContextPath() + "/v3/");
	}

}
