package id.kinerja.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence store contract on the local folder backend. */
class LocalEvidenceStoreTests extends EvidenceStoreContractTests {

	@TempDir
	Path folder;

	@Override
	ObjectStorage backend() {
		return new LocalObjectStorage(this.folder);
	}

	@Override
	long temporaryFiles() throws IOException {
		Path incoming = this.folder.resolve(".incoming");
		if (!Files.isDirectory(incoming)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(incoming)) {
			return files.count();
		}
	}

	@Test
	void keepsTheFileUnderItsKeyInTheFolder() throws IOException {
		StoredFile stored = this.store.store(AGENCY, "bukti.pdf", null,
				new java.io.ByteArrayInputStream(EvidenceSamples.pdf()));
		Path file = this.folder.resolve(stored.key());
		assertThat(file).isRegularFile().hasBinaryContent(EvidenceSamples.pdf());
		assertThat(file.getParent()).isEqualTo(this.folder.resolve("agency/7/2080/03"));
	}

}
