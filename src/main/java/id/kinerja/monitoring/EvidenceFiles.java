package id.kinerja.monitoring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import id.kinerja.shared.FieldsRejectedException;
import id.kinerja.shared.FieldsRejectedException.FieldProblem;
import id.kinerja.shared.KinerjaException;
import id.kinerja.storage.EvidenceContent;
import id.kinerja.storage.EvidenceStore;
import id.kinerja.storage.StoredFile;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence (bukti dukung) of realisations: links, and files kept in the evidence
 * store. Only the plan's owner adds or removes evidence while the period's report may
 * change; those who may read the plan list and download it. A realisation removed takes
 * its evidence with it, files included, once the removal commits.
 */
@Service
public class EvidenceFiles {

	/** The most pieces of evidence one realisation holds. */
	static final int MAX_PER_REALISATION = 20;

	private final EvidenceRepository evidence;

	private final EvidenceStore store;

	EvidenceFiles(EvidenceRepository evidence, EvidenceStore store) {
		this.evidence = evidence;
		this.store = store;
	}

	/**
	 * Store a file as evidence of a realisation already checked for writing: its name,
	 * type (from its bytes) and size are checked; if the row cannot be written the file
	 * is removed again.
	 */
	@Transactional
	public Evidence addFile(Realisation realisation, @Nullable String fileName, @Nullable String contentType,
			java.io.InputStream content) {
		requireRoom(realisation);
		StoredFile stored = this.store.store(realisation.getAgencyId(), (fileName == null) ? "" : fileName, contentType,
				content);
		return this.evidence.save(Evidence.file(realisation, stored.fileName(), stored.contentType(), stored.size(),
				stored.sha256(), stored.key()));
	}

	/** Open a stored file of a realisation (the caller closes it). */
	public EvidenceContent open(Evidence piece) {
		if (piece.getStorageKey() == null) {
			throw new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.evidence.not-found");
		}
		return this.store.open(piece.getStorageKey());
	}

	/** List the evidence of a realisation, in the order it was added. */
	public List<Evidence> of(long realisationId) {
		return this.evidence.findByRealisationIdOrderById(realisationId);
	}

	/**
	 * Add a link (http or https) as evidence of a realisation already checked for
	 * writing.
	 */
	@Transactional
	public Evidence addLink(Realisation realisation, @Nullable String url) {
		String link = (url == null) ? "" : url.strip();
		if (link.isEmpty() || link.length() > 2000 || !isWebAddress(link)) {
			throw new FieldsRejectedException(List.of(new FieldProblem("url", "monitoring.evidence.url.invalid")));
		}
		requireRoom(realisation);
		return this.evidence.save(Evidence.link(realisation, link));
	}

	/** Remove one piece of evidence of a realisation already checked for writing. */
	@Transactional
	public void remove(Realisation realisation, long evidenceId) {
		Evidence found = piece(realisation, evidenceId);
		this.evidence.delete(found);
		afterRemoval(found);
	}

	/** Remove every piece of evidence of a realisation (it is being removed). */
	@Transactional
	void removeAll(Realisation realisation) {
		for (Evidence found : of(realisation.getId())) {
			this.evidence.delete(found);
			afterRemoval(found);
		}
	}

	/** Return one piece of evidence of the realisation, or 404. */
	public Evidence piece(Realisation realisation, long evidenceId) {
		return this.evidence.findById(evidenceId)
			.filter((found) -> found.getRealisationId() == realisation.getId())
			.orElseThrow(() -> new KinerjaException(HttpStatus.NOT_FOUND, "monitoring.evidence.not-found"));
	}

	void requireRoom(Realisation realisation) {
		if (this.evidence.countByRealisationId(realisation.getId()) >= MAX_PER_REALISATION) {
			throw new FieldsRejectedException(
					List.of(new FieldProblem("file", "monitoring.evidence.too-many", MAX_PER_REALISATION)));
		}
	}

	private void afterRemoval(Evidence removed) {
		if (removed.getStorageKey() != null) {
			this.store.deleteAfterCommit(removed.getStorageKey());
		}
	}

	/** Whether the text is an absolute http or https address with a host. */
	static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
