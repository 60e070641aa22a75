package id.kinerja.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The moment a request reached the app, taken before anything else runs, so that what a
 * person sent before a deadline counts as sent in time even when the server is slow to
 * finish it.
 */
public final class RequestTimes extends OncePerRequestFilter {

	private static final String ATTRIBUTE = RequestTimes.class.getName() + ".receivedAt";

	private final Clock clock;

	RequestTimes(Clock clock) {
		this.clock = clock;
	}

	/** Return when the request arrived (now, when no filter marked it). */
	public static Instant receivedAt(HttpServletRequest request, Clock clock) {
		Object at = request.getAttribute(ATTRIBUTE);
		return (at instanceof Instant instant) ? instant : Instant.now(clock);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(ATTRIBUTE, Instant.now(this.clock));
		chain.doFilter(request, response);
	}

}
