package id.kinerja.web;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import id.kinerja.shared.KinerjaException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the container: a friendly page in the person's language, or a
 * problem detail for the API. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private final ProblemResponses problems;

	ErrorPageController(ProblemResponses problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		Throwable failure = failure(request);
		if (status.is5xxServerError()) {
			log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
		}
		String detailKey = detailKey(status, failure);
		Object[] detailArgs = new Object[0];
		if (request.getAttribute(PageExceptionResolver.REFUSAL) instanceof KinerjaException refusal) {
			detailKey = refusal.getMessageKey();
			detailArgs = refusal.getArguments();
		}
		if (Locales.isApi(request)) {
			ProblemDetail problem = this.problems.problem(status, detailKey, detailArgs, locale);
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (uri instanceof String path) {
				problem.setInstance(URI.create(path));
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "titleKey",
				"web.status." + status.value(), "detailKey", detailKey, "detailArgs", detailArgs));
		page.setStatus(status);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static Throwable failure(HttpServletRequest request) {
		Object denied = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
		if (denied instanceof Throwable throwable) {
			return throwable;
		}
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		return (exception instanceof Throwable throwable) ? throwable : null;
	}

	static String detailKey(HttpStatus status, Throwable failure) {
		if (failure instanceof CsrfException) {
			return "web.error.csrf";
		}
		return switch (status) {
			case BAD_REQUEST -> "web.error.bad-request";
			case UNAUTHORIZED -> "web.error.unauthorized";
			case FORBIDDEN -> "web.error.forbidden";
			case NOT_FOUND -> "web.error.not-found";
			case METHOD_NOT_ALLOWED -> "web.error.method";
			case CONFLICT -> "web.error.conflict";
			case CONTENT_TOO_LARGE -> "web.error.too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "web.error.media-type";
			case TOO_MANY_REQUESTS -> "web.error.too-many";
			default -> status.is4xxClientError() ? "web.error.bad-request" : "web.error.server";
		};
	}

}
