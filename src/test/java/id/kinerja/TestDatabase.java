package id.kinerja;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by
 * default, or a fresh schema in the PostgreSQL at 127.0.0.1:5432 (database {@code test})
 * when {@code -Dkinerja.test.db=postgresql} (or {@code KINERJA_TEST_DB=postgresql}) is
 * set. The PostgreSQL schema is dropped when the context closes (unless
 * {@code kinerja.test.keep-schema=true}: a second node on another node's schema). Never
 * skips: when PostgreSQL is asked for and cannot be reached, the tests fail.
 */
public class TestDatabase
		implements EnvironmentPostProcessor, ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String POSTGRES_BASE = "jdbc:postgresql://127.0.0.1:5432/test";

	/** Return the database the tests run on: {@code h2} or {@code postgresql}. */
	public static String kind() {
		String kind = System.getProperty("kinerja.test.db", System.getenv("KINERJA_TEST_DB"));
		return (kind == null || kind.isBlank()) ? "h2" : kind.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty("kinerja.test.schema") != null) {
			return;
		}
		String name = "kt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		Map<String, Object> properties = new HashMap<>();
		properties.put("kinerja.test.schema", name);
		properties.put("kinerja.data-dir", System.getProperty("java.io.tmpdir") + "/kinerja-test/" + name);
		switch (kind()) {
			case "h2" -> {
				properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
				properties.put("spring.datasource.username", "sa");
				properties.put("spring.datasource.password", "");
			}
			case "postgresql" -> {
				properties.put("spring.datasource.url", POSTGRES_BASE + "?currentSchema=" + name);
				properties.put("spring.datasource.username", "postgres");
				properties.put("spring.datasource.password", "");
				properties.put("spring.flyway.schemas", name);
				properties.put("spring.datasource.hikari.maximum-pool-size", "5");
			}
			default -> throw new IllegalStateException("kinerja.test.db must be h2 or postgresql, not " + kind());
		}
		if (environment.getProperty("kinerja.demo") == null || environment.getProperty("kinerja.demo", "").isBlank()) {
			properties.put("kinerja.demo", "false");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("kinerjaTestDatabase", properties));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!"postgresql".equals(kind())) {
			return;
		}
		context.addApplicationListener((ContextClosedEvent event) -> {
			if (event.getApplicationContext() != context
					|| context.getEnvironment().getProperty("kinerja.test.keep-schema", Boolean.class, false)) {
				return;
			}
			String schema = context.getEnvironment().getProperty("kinerja.test.schema");
			if (schema != null && schema.matches("kt_[0-9a-f]{16}")) {
				try (Connection connection = DriverManager.getConnection(POSTGRES_BASE, "postgres", "");
						Statement statement = connection.createStatement()) {
					statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Could not drop test schema " + schema, ex);
				}
			}
		});
	}

}
