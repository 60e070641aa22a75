package id.kinerja.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Server-Sent Events client over real HTTP, as a browser's EventSource is: it reads the
 * stream on a thread of its own and queues the name of each event it receives.
 */
public final class SseClient implements AutoCloseable {

	/** Queued when the server ends the stream. */
	public static final String ENDED = "(ended)";

	private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private volatile @Nullable Stream<String> lines;

	private SseClient(HttpClient client, HttpRequest request) {
		this.response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		this.response.thenAcceptAsync((answer) -> {
			this.lines = answer.body();
			String[] name = { null };
			try {
				answer.body().forEach((line) -> {
					if (line.startsWith("event:")) {
						name[0] = line.substring(6).strip();
					}
					else if (line.isEmpty()) {
						if (name[0] != null) {
							this.events.add(name[0]);
						}
						name[0] = null;
					}
					else if (line.startsWith("data:") && name[0] == null) {
						name[0] = "message";
					}
				});
			}
			catch (RuntimeException ex) {
				// Closed by the test.
			}
			this.events.add(ENDED);
		});
	}

	/** Open the live stream of the account holding the bearer token. */
	public static SseClient open(int port, String path, String bearer) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/event-stream")
			.header("Authorization", bearer)
			.GET()
			.build();
		return new SseClient(HttpClient.newHttpClient(), request);
	}

	/** Return the HTTP status of the answer. */
	public int status() throws Exception {
		return this.response.get(10, TimeUnit.SECONDS).statusCode();
	}

	/** Wait for the next event (up to the timeout) and return its name, or null. */
	public @Nullable String next(Duration timeout) throws InterruptedException {
		return this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Wait for the {@code ready} event that says the server is listening for us. */
	public SseClient ready() throws Exception {
		assertThat(status()).isEqualTo(200);
		assertThat(next(Duration.ofSeconds(10))).isEqualTo("ready");
		return this;
	}

	@Override
	public void close() {
		Stream<String> open = this.lines;
		if (open != null) {
			open.close();
		}
		this.response.cancel(true);
	}

	/** Sign in through the token endpoint over HTTP and return the header value. */
	public static String bearer(int port, String username, String password) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.build();
		String json = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		return "Bearer " + json.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
	}

}
