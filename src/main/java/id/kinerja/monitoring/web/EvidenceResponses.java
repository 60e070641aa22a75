package id.kinerja.monitoring.web;

import id.kinerja.monitoring.Evidence;
import id.kinerja.monitoring.EvidenceFiles;
import id.kinerja.monitoring.Realisation;
import id.kinerja.shared.KinerjaException;
import id.kinerja.storage.EvidenceContent;
import id.kinerja.storage.EvidenceDownloads;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Serves an evidence file as an attachment with the headers that keep it inert. */
final class EvidenceResponses {

	private EvidenceResponses() {
	}

	static ResponseEntity<Resource> download(EvidenceFiles evidence, Realisation realisation, long evidenceId) {
		Evidence piece = evidence.piece(realisation, evidenceId);
		if (piece.isLink() || piece.getFileName() == null || piece.getContentType() == null) {
			throw new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.evidence.not-found");
		}
		EvidenceContent content = evidence.open(piece);
		return ResponseEntity.ok()
			.headers(EvidenceDownloads.headers(piece.getFileName(), piece.getContentType(), content.size()))
			.body(new InputStreamResource(content.stream()));
	}

}
