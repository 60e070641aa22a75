package id.kinerja.web;

import java.io.IOException;

import id.kinerja.shared.KinerjaException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal ({@link KinerjaException}) or a concurrent edit that escapes a page
 * controller becomes the friendly error page with its status and its own message, not a
 * server error. The JSON API has its own handler.
 */
class PageExceptionResolver implements HandlerExceptionResolver {

	/** The request attribute that carries the refusal to the error page. */
	static final String REFUSAL = PageExceptionResolver.class.getName() + ".refusal";

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (Locales.isApi(request)) {
			return null;
		}
		HttpStatus status;
		if (ex instanceof KinerjaException refusal) {
			status = refusal.getStatus();
			request.setAttribute(REFUSAL, refusal);
		}
		else if (ex instanceof OptimisticLockingFailureException) {
			status = HttpStatus.CONFLICT;
		}
		else {
			return null;
		}
		try {
			response.sendError(status.value());
		}
		catch (IOException failure) {
			return null;
		}
		return new ModelAndView();
	}

}
