package id.kinerja.storage;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The headers of an evidence download. */
class EvidenceDownloadsTests {

	@Test
	void sendsAnAttachmentWithTheNameInBothForms() {
		HttpHeaders headers = EvidenceDownloads.headers("Évaluasi kinerja (Maret).pdf", "application/pdf", 1234);
		String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(disposition).startsWith("attachment;")
			.contains("filename*=UTF-8''%C3%89valuasi%20kinerja%20%28Maret%29.pdf");
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Évaluasi kinerja (Maret).pdf");
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(headers.getContentLength()).isEqualTo(1234);
	}

	@Test
	void forbidsSniffingAndScripts() {
		HttpHeaders headers = EvidenceDownloads.headers("foto.png", "image/png", 10);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("sandbox");
		assertThat(headers.getCacheControl()).contains("private");
	}

	@Test
	void neverServesMarkupOrScriptAsSuch() {
		assertThat(EvidenceDownloads.headers("a.pdf", "text/html", 1).getContentType())
			.isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThat(EvidenceDownloads.headers("a.pdf", "image/svg+xml", 1).getContentType())
			.isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThat(EvidenceDownloads.headers("a.pdf", "application/javascript", 1).getContentType())
			.isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
		assertThat(EvidenceDownloads.headers("a.pdf", "not a type", 1).getContentType())
			.isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
	}

	@Test
	void dropsParametersOfTheStoredType() {
		assertThat(EvidenceDownloads.headers("a.pdf", "application/pdf; name=evil.html", 1).getContentType())
			.isEqualTo(MediaType.APPLICATION_PDF);
	}

	@Test
	void leavesTheLengthOutWhenUnknown() {
		assertThat(EvidenceDownloads.headers("a.pdf", "application/pdf", -1).getContentLength()).isEqualTo(-1);
	}

}
