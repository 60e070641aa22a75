package id.kinerja;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.live.SseClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one database, as behind a load balancer: a sign-in on one is good on
 * the other (the session lives in the database, the token secret too), a change through
 * one reaches a live listener on the other (each node polls the live rows), and a
 * scheduled job triggered on both at once runs once (ShedLock). Node A migrates and seeds
 * the demo agency; node B starts after it on the same database (H2 in memory, or one
 * PostgreSQL schema).
 */
class TwoNodeIntegrationTests {

	/** Analis SDM Aparatur Ahli Pertama, a demo employee. */
	static final String ANALIS = DemoAgencyTest.STAFF_NIP;

	private static final Duration WAIT = Duration.ofSeconds(10);

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node().run(NODE_ARGUMENTS.toArray(String[]::new));
		Environment a = nodeA.getEnvironment();
		List<String> shared = new ArrayList<>(NODE_ARGUMENTS);
		shared.set(0, "--kinerja.demo=false");
		shared.add("--kinerja.test.keep-schema=true");
		for (String key : List.of("kinerja.test.schema", "kinerja.data-dir", "spring.datasource.url",
				"spring.datasource.username", "spring.datasource.password", "spring.flyway.schemas",
				"spring.datasource.hikari.maximum-pool-size")) {
			String value = a.getProperty(key);
			if (value != null) {
				shared.add("--" + key + "=" + value);
			}
		}
		nodeB = node().run(shared.toArray(String[]::new));
	}

	/**
	 * The command-line arguments of each node: a random port, the demo agency on node A
	 * only, and the live pruner's own schedule pushed to once a year so that only the
	 * test triggers it.
	 */
	static final List<String> NODE_ARGUMENTS = List.of("--kinerja.demo=true", "--server.port=0",
			"--kinerja.live.prune-cron=0 0 3 1 1 *");

	/** A node: the app plus the counting job, without the other tests' configurations. */
	static SpringApplicationBuilder node() {
		return new SpringApplicationBuilder(KinerjaApplication.class, CountingJob.Config.class)
			.initializers((ConfigurableApplicationContext context) -> context.getBeanFactory()
				.registerSingleton("twoNodeTestExcludeFilter", new TestConfigurationExcludeFilter()));
	}

	/**
	 * Keeps the component scan from picking up the test configurations in the test
	 * classpath.
	 */
	static class TestConfigurationExcludeFilter extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
					|| reader.getClassMetadata().getClassName().startsWith(TwoNodeIntegrationTests.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestConfigurationExcludeFilter;
		}

		@Override
		public int hashCode() {
			return TestConfigurationExcludeFilter.class.hashCode();
		}

	}

	@AfterAll
	static void stopTwoNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://127.0.0.1:" + port(node) + path);
	}

	static String cookie(HttpResponse<?> response, String name) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			if (header.startsWith(name + "=")) {
				return header.substring(0, header.indexOf(';'));
			}
		}
		return null;
	}

	@Test
	void aBrowserSessionFromNodeAIsSignedInOnNodeB() throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri(nodeA, "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(200);
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
		String anonymous = cookie(form, "SESSION");
		assertThat(anonymous).isNotNull();
		String body = "username=" + ANALIS + "&password="
				+ URLEncoder.encode(DemoAgencyTest.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri(nodeA, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", anonymous)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		String session = (cookie(signIn, "SESSION") != null) ? cookie(signIn, "SESSION") : anonymous;

		HttpResponse<String> withoutCookie = http.send(HttpRequest.newBuilder(uri(nodeB, "/")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutCookie.statusCode()).as("node B sends strangers to sign in").isEqualTo(302);
		HttpResponse<String> home = http.send(
				HttpRequest.newBuilder(uri(nodeB, "/")).header("Cookie", session).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).as("node B serves the page to node A's session").isEqualTo(200);
		assertThat(home.body()).contains("action=\"/logout\"");
	}

	@Test
	void anApiTokenFromNodeAIsAcceptedByNodeB() throws Exception {
		String bearer = SseClient.bearer(port(nodeA), ANALIS, DemoAgencyTest.PASSWORD);
		HttpResponse<String> me = http.send(
				HttpRequest.newBuilder(uri(nodeB, "/api/v1/me")).header("Authorization", bearer).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(ANALIS);
		HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri(nodeB, "/api/v1/me"))
			.header("Authorization", bearer.substring(0, bearer.length() - 4) + "AAAA")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(401);
	}

	@Test
	void aChangeThroughNodeAReachesALiveListenerOnNodeB() throws Exception {
		String onA = SseClient.bearer(port(nodeA), ANALIS, DemoAgencyTest.PASSWORD);
		String onB = SseClient.bearer(port(nodeB), ANALIS, DemoAgencyTest.PASSWORD);
		try (SseClient stream = SseClient.open(port(nodeB), "/live", onB).ready()) {
			String log = "{\"date\":\"" + LocalDate.now(nodeA.getBean(Clock.class))
					+ "\",\"activity\":\"Rapat koordinasi dua node\"}";
			HttpResponse<String> written = http.send(HttpRequest.newBuilder(uri(nodeA, "/api/v1/logs"))
				.header("Authorization", onA)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(log))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
			assertThat(stream.next(WAIT)).as("node B pushes node A's change").isEqualTo("employee");
		}
	}

	@Test
	void aLockedJobTriggeredOnBothNodesAtOnceRunsOnce() throws Exception {
		CountingJob a = nodeA.getBean(CountingJob.class);
		CountingJob b = nodeB.getBean(CountingJob.class);
		runTogether(a::run, b::run);
		assertThat(a.runs() + b.runs()).as("runs across the two nodes").isEqualTo(1);
	}

	@Test
	void theLivePrunerRunsOnceAcrossTheNodes() throws Exception {
		JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
		long agency = jdbc.sql("SELECT agency_id FROM employee WHERE nip = :nip")
			.param("nip", ANALIS)
			.query(Long.class)
			.single();
		Runnable pruneA = scheduled(nodeA, "LivePruner.prune");
		Runnable pruneB = scheduled(nodeB, "LivePruner.prune");

		long first = oldLiveRow(jdbc, agency);
		runTogether(pruneA, pruneB);
		assertThat(liveRowExists(jdbc, first)).as("one node pruned the old row").isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'live-event-prune'").query(Long.class).single())
			.isEqualTo(1);

		// The run is done; triggered again on either node within the lock's minute, it is
		// not repeated: a second old row survives.
		long second = oldLiveRow(jdbc, agency);
		runTogether(pruneB, pruneA);
		assertThat(liveRowExists(jdbc, second)).as("the run is not repeated by the other node").isTrue();
	}

	static long oldLiveRow(JdbcClient jdbc, long agency) {
		OffsetDateTime old = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
		jdbc.sql("INSERT INTO live_event (agency_id, topic, created_at) VALUES (:agency, 'test:two-node', :at)")
			.param("agency", agency)
			.param("at", old)
			.update();
		return jdbc.sql("SELECT MAX(id) FROM live_event WHERE topic = 'test:two-node'").query(Long.class).single();
	}

	static boolean liveRowExists(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT COUNT(*) FROM live_event WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The scheduled task of a node whose method name contains the text, as the scheduler
	 * runs it.
	 */
	static Runnable scheduled(ConfigurableApplicationContext node, String method) {
		for (ScheduledTaskHolder holder : node.getBeansOfType(ScheduledTaskHolder.class).values()) {
			for (ScheduledTask task : holder.getScheduledTasks()) {
				if (task.getTask().getRunnable().toString().contains(method)) {
					return task.getTask().getRunnable();
				}
			}
		}
		throw new IllegalStateException("No scheduled task " + method);
	}

	static void runTogether(Runnable first, Runnable second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable job : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					start.await();
					job.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get(WAIT.toSeconds(), TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A job guarded like the app's: it counts its runs on its node. */
	public static class CountingJob {

		private final AtomicInteger runs = new AtomicInteger();

		/** Return how many times the job ran on this node. */
		public int runs() {
			return this.runs.get();
		}

		@SchedulerLock(name = "two-node-test-job", lockAtMostFor = "PT1M", lockAtLeastFor = "PT30S")
		public void run() {
			this.runs.incrementAndGet();
		}

		@TestConfiguration(proxyBeanMethods = false)
		static class Config {

			@Bean
			CountingJob countingJob() {
				return new CountingJob();
			}

		}

	}

}
