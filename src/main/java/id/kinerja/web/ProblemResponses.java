package id.kinerja.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details in the caller's language, for code that answers outside
 * a controller (security filters, servlet filters) as well as for controllers.
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.messages = messages;
		this.localeResolver = localeResolver;
		this.json = json;
	}

	/**
	 * Return a problem with a localised title for the status and the detail of the key.
	 */
	public ProblemDetail problem(HttpStatus status, String detailKey, Object[] arguments, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title(status, locale));
		problem.setDetail(this.messages.getMessage(detailKey, arguments, detailKey, locale));
		problem.setProperty("code", detailKey);
		return problem;
	}

	/** Return the localised title of a status. */
	public String title(HttpStatus status, Locale locale) {
		return this.messages.getMessage("web.status." + status.value(), null, status.getReasonPhrase(), locale);
	}

	/** Return the locale of the request as Kinerja resolves it. */
	public Locale locale(HttpServletRequest request) {
		return this.localeResolver.resolveLocale(request);
	}

	/** Write a problem as the whole response. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
			Object... arguments) throws IOException {
		ProblemDetail problem = problem(status, detailKey, arguments, locale(request));
		problem.setInstance(URI.create(request.getRequestURI()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale(request).toLanguageTag());
		this.json.writeValue(response.getOutputStream(), body);
	}

}
