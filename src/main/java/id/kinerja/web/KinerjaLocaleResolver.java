package id.kinerja.web;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Pages speak the language the person chose (kept in a cookie), Indonesian until they
 * choose; the JSON API follows {@code Accept-Language}. Anything unsupported falls back
 * to Indonesian.
 */
class KinerjaLocaleResolver extends CookieLocaleResolver {

	static final String COOKIE = "kinerja-lang";

	KinerjaLocaleResolver() {
		super(COOKIE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setDefaultLocale(Locales.INDONESIAN);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (Locales.isApi(request)) {
			return Locales.fromAcceptLanguage(request.getHeader("Accept-Language"));
		}
		return Locales.supported(super.resolveLocale(request));
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext base = super.resolveLocaleContext(request);
		TimeZone timeZone = (base instanceof TimeZoneAwareLocaleContext aware) ? aware.getTimeZone() : null;
		return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), timeZone);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		super.setLocale(request, response, Locales.supported(locale));
	}

}
