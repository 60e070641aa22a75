package id.kinerja.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a non-upload body larger than the limit before anything reads it: 413 with a
 * problem detail for the API, the friendly error page otherwise. Uploads have their own,
 * larger limit (multipart settings).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	private final long maxBytes;

	RequestSizeLimitFilter(ProblemResponses problems, long maxBytes) {
		this.problems = problems;
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean upload = contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		if (!upload && request.getContentLengthLong() > this.maxBytes) {
			if (Locales.isApi(request)) {
				this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "web.error.too-large");
			}
			else {
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
