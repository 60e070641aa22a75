package id.kinerja.web;

import java.io.IOException;
import java.util.regex.Pattern;

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
 * larger limit (multipart settings); an upload of evidence (bukti dukung) is refused the
 * same way once it is clearly larger than the evidence limit, naming that limit. One just
 * over the limit reaches the evidence store, which refuses it with a 400 on the field.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	/** Room for the multipart framing and the other fields of an evidence upload. */
	static final long EVIDENCE_OVERHEAD = 64 * 1024;

	private static final Pattern EVIDENCE_UPLOAD = Pattern
		.compile("/api/v1/realisations/[^/]+/evidence/?|/realisations/.+");

	private final ProblemResponses problems;

	private final long maxBytes;

	private final long maxEvidenceBytes;

	RequestSizeLimitFilter(ProblemResponses problems, long maxBytes, long maxEvidenceBytes) {
		this.problems = problems;
		this.maxBytes = maxBytes;
		this.maxEvidenceBytes = maxEvidenceBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean upload = contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		long length = request.getContentLengthLong();
		if (!upload && length > this.maxBytes) {
			refuse(request, response, "web.error.too-large");
			return;
		}
		if (upload && length > this.maxEvidenceBytes + EVIDENCE_OVERHEAD && isEvidenceUpload(request)) {
			refuse(request, response, "storage.file.too-large", sizeText(this.maxEvidenceBytes));
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String detailKey, Object... arguments)
			throws IOException {
		if (Locales.isApi(request)) {
			this.problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, detailKey, arguments);
		}
		else {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	private static boolean isEvidenceUpload(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return EVIDENCE_UPLOAD.matcher(path).matches();
	}

	/** Write a limit as the evidence store does: {@code 10 MB}. */
	static String sizeText(long bytes) {
		long mb = 1024L * 1024;
		if (bytes >= mb && bytes % mb == 0) {
			return (bytes / mb) + " MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " B";
	}

}
