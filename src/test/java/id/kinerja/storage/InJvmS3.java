package id.kinerja.storage;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server inside the test JVM (S3Proxy over jclouds' in-memory
 * {@code transient} blob store), with SigV4 authentication and one bucket. One server
 * serves the whole test run: it starts on first use and stops when the JVM exits.
 * <p>
 * For a Spring test that should keep evidence in it:
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void s3(DynamicPropertyRegistry registry) {
 * 	InJvmS3.shared().register(registry);
 * }
 * </pre>
 */
public final class InJvmS3 {

	/** The access key the server accepts. */
	public static final String ACCESS_KEY = "kinerja-test";

	/** The secret key the server accepts. */
	public static final String SECRET_KEY = "kinerja-test-secret";

	/** The bucket created at start. */
	public static final String BUCKET = "kinerja-evidence";

	/** The region clients sign for. */
	public static final String REGION = "us-east-1";

	private static InJvmS3 shared;

	private final S3Proxy proxy;

	private final BlobStoreContext context;

	private InJvmS3() throws Exception {
		Properties overrides = new Properties();
		this.context = ContextBuilder.newBuilder("transient")
			.credentials(ACCESS_KEY, SECRET_KEY)
			.overrides(overrides)
			.build(BlobStoreContext.class);
		this.context.getBlobStore().createContainerInLocation(null, BUCKET);
		this.proxy = S3Proxy.builder()
			.blobStore(this.context.getBlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.endpoint(URI.create("http://127.0.0.1:0"))
			.build();
		this.proxy.start();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!"STARTED".equals(this.proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("S3Proxy did not start: " + this.proxy.getState());
			}
			Thread.sleep(10);
		}
	}

	/** Return the server of this test run, starting it on first use. */
	public static synchronized InJvmS3 shared() {
		if (shared == null) {
			try {
				shared = new InJvmS3();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start the in-JVM S3 server", ex);
			}
			InJvmS3 server = shared;
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "in-jvm-s3-stop"));
		}
		return shared;
	}

	/** Return the endpoint, {@code http://127.0.0.1:<port>}. */
	public String endpoint() {
		return "http://127.0.0.1:" + this.proxy.getPort();
	}

	/**
	 * Point a Spring test's evidence store at this server ({@code kinerja.storage=s3} and
	 * the {@code kinerja.s3.*} settings).
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("kinerja.storage", () -> "s3");
		registry.add("kinerja.s3.endpoint", this::endpoint);
		registry.add("kinerja.s3.region", () -> REGION);
		registry.add("kinerja.s3.bucket", () -> BUCKET);
		registry.add("kinerja.s3.access-key", () -> ACCESS_KEY);
		registry.add("kinerja.s3.secret-key", () -> SECRET_KEY);
		registry.add("kinerja.s3.path-style", () -> "true");
	}

	/** Return the settings {@link #register} sets, as {@code key=value} pairs. */
	public String[] properties() {
		return new String[] { "kinerja.storage=s3", "kinerja.s3.endpoint=" + endpoint(), "kinerja.s3.region=" + REGION,
				"kinerja.s3.bucket=" + BUCKET, "kinerja.s3.access-key=" + ACCESS_KEY,
				"kinerja.s3.secret-key=" + SECRET_KEY, "kinerja.s3.path-style=true" };
	}

	/** Return a new client of this server, built as the app builds its own; close it. */
	public S3Client client() {
		return StorageConfiguration.s3Client(endpoint(), REGION, ACCESS_KEY, SECRET_KEY, true);
	}

	private void stop() {
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			// The JVM is exiting.
		}
		this.context.close();
	}

}
