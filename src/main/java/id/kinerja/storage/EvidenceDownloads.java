package id.kinerja.storage;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The response headers of an evidence download, safe whatever the file holds: always an
 * attachment (never shown inline), the stored content type, no sniffing of another type,
 * and a sandbox so that even a file opened in the browser runs nothing.
 */
public final class EvidenceDownloads {

	private EvidenceDownloads() {
	}

	/**
	 * Return the headers for sending a stored file:
	 * {@code Content-Disposition: attachment} with an ASCII {@code filename} and the RFC
	 * 5987 {@code filename*}, the content type, the length when known,
	 * {@code X-Content-Type-Options: nosniff}, {@code Content-Security-Policy: sandbox}
	 * and {@code Cache-Control: private}.
	 * @param fileName the display name ({@link StoredFile#fileName()})
	 * @param contentType the stored content type ({@link StoredFile#contentType()})
	 * @param size the length in bytes, or a negative number when unknown
	 */
	public static HttpHeaders headers(String fileName, String contentType, long size) {
		HttpHeaders headers = new HttpHeaders();
		headers
			.setContentDisposition(ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
		headers.setContentType(safeType(contentType));
		if (size >= 0) {
			headers.setContentLength(size);
		}
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", "sandbox");
		headers.setCacheControl("private, no-transform");
		return headers;
	}

	/** A stored type is one the store accepted; anything else is sent as plain bytes. */
	private static MediaType safeType(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			if (type.getType().equals("text") || type.getSubtype().contains("html") || type.getSubtype().contains("xml")
					|| type.getSubtype().contains("javascript")) {
				return MediaType.APPLICATION_OCTET_STREAM;
			}
			return new MediaType(type.getType(), type.getSubtype());
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
