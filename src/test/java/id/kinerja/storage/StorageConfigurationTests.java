package id.kinerja.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/** The backend is chosen by {@code kinerja.storage} and configured by its settings. */
class StorageConfigurationTests {

	@TempDir
	Path folder;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer((context) -> context.getBeanFactory()
			.setConversionService(ApplicationConversionService.getSharedInstance()))
		.withUserConfiguration(StorageConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void keepsFilesInTheEvidenceFolderByDefault() {
		this.runner.withPropertyValues("kinerja.evidence.dir=" + this.folder, "kinerja.evidence.max-size=2MB")
			.run((context) -> {
				assertThat(context).hasSingleBean(LocalObjectStorage.class).doesNotHaveBean(S3Client.class);
				EvidenceStore store = context.getBean(EvidenceStore.class);
				assertThat(store.maxBytes()).isEqualTo(2 * 1024 * 1024);
				StoredFile stored = store.store(1, "a.pdf", null, new ByteArrayInputStream(EvidenceSamples.pdf()));
				assertThat(this.folder.resolve(stored.key())).isRegularFile();
			});
	}

	@Test
	void keepsFilesInTheBucketWhenS3IsChosen() {
		this.runner.withPropertyValues(InJvmS3.shared().properties()).run((context) -> {
			assertThat(context).hasSingleBean(S3ObjectStorage.class).doesNotHaveBean(LocalObjectStorage.class);
			EvidenceStore store = context.getBean(EvidenceStore.class);
			assertThat(store.maxBytes()).isEqualTo(10 * 1024 * 1024);
			StoredFile stored = store.store(1, "a.pdf", null, new ByteArrayInputStream(EvidenceSamples.pdf()));
			try (EvidenceContent content = store.open(stored.key())) {
				assertThat(content.stream().readAllBytes()).isEqualTo(EvidenceSamples.pdf());
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
		});
	}

	@Test
	void refusesToStartOnS3WithoutABucket() {
		this.runner.withPropertyValues("kinerja.storage=s3", "kinerja.s3.endpoint=" + InJvmS3.shared().endpoint())
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("KINERJA_S3_BUCKET"));
	}

}
