package id.kinerja.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.planning.PlanChain;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SQL statements of one {@code POST /api/v1/skp/{id}/realisations} (the benchmarked
 * submit of issue 7), counted at the JDBC data source for the request's thread: the same
 * for a plan of one RHK with one indicator and no earlier realisation as for a plan of
 * four RHKs with four indicators each and two earlier periods written, both when the
 * realisation is created and when it is changed. The principals are kept for the whole
 * test (a long bearer-user TTL), so that the identity's statements are alike too. Its own
 * context and database (the counting data source); year 2052.
 */
@DemoAgencyTest
@Import(RealisationStatementCountIntegrationTests.Counting.class)
@TestPropertySource(properties = "kinerja.security.bearer-user-ttl=PT1H")
class RealisationStatementCountIntegrationTests {

	static final int YEAR = 2052;

	/** The statements run on this thread while recording, or null when not recording. */
	static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

	static final String INDICATOR = """
			{"text": "Laporan %d yang selesai", "aspect": "KUANTITAS", "target": "12", "unit": "laporan"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void oneWriteRunsTheSameStatementsHoweverLargeThePlan() throws Exception {
		PlanChain chain = new PlanChain(this.mvc);
		TestClock.pin(LocalDate.of(YEAR, 2, 3));
		long kasubbidRhk = chain.approvedChainToKasubbid(YEAR);
		long small = chain.approvedPlanUnderKasubbid(PlanChain.ANALIS, kasubbidRhk, YEAR, rhk(1, 1));
		long large = chain.approvedPlanUnderKasubbid(PlanChain.PENGOLAH, kasubbidRhk, YEAR, rhk(1, 4), rhk(2, 4),
				rhk(3, 4), rhk(4, 4));
		List<Long> smallIndicators = indicators(chain, PlanChain.ANALIS, small);
		List<Long> largeIndicators = indicators(chain, PlanChain.PENGOLAH, large);
		assertThat(smallIndicators).hasSize(1);
		assertThat(largeIndicators).hasSize(16);
		// the large plan has every indicator written in January and February
		for (long indicator : largeIndicators) {
			write(chain, PlanChain.PENGOLAH, large, YEAR + "-01", indicator, "1").andExpect(status().isCreated());
		}
		TestClock.pin(LocalDate.of(YEAR, 3, 3));
		for (long indicator : largeIndicators) {
			write(chain, PlanChain.PENGOLAH, large, YEAR + "-02", indicator, "1").andExpect(status().isCreated());
		}

		List<String> smallCreate = recorded(
				() -> write(chain, PlanChain.ANALIS, small, YEAR + "-03", smallIndicators.get(0), "2")
					.andExpect(status().isCreated()));
		List<String> largeCreate = recorded(
				() -> write(chain, PlanChain.PENGOLAH, large, YEAR + "-03", largeIndicators.get(15), "2")
					.andExpect(status().isCreated()));
		long audited = auditedChanges();
		List<String> smallChange = recorded(
				() -> write(chain, PlanChain.ANALIS, small, YEAR + "-03", smallIndicators.get(0), "3")
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.version").value(1)));
		List<String> largeChange = recorded(
				() -> write(chain, PlanChain.PENGOLAH, large, YEAR + "-03", largeIndicators.get(15), "3")
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.version").value(1)));

		assertThat(largeCreate).as("statements of a create, large plan vs small:\n%s\n%s", largeCreate, smallCreate)
			.hasSameSizeAs(smallCreate);
		assertThat(largeChange).as("statements of a change, large plan vs small:\n%s\n%s", largeChange, smallChange)
			.hasSameSizeAs(smallChange);
		// the narrow reads: a change is the principal's stamp, the plan's header, the
		// year's settings, the extension, the indicator, the report, the earlier sum, the
		// realisation, the audit's before state, the update, the audit record and the
		// evidence
		assertThat(smallChange).as("%s", smallChange).hasSizeLessThanOrEqualTo(12);
		// and each change is still audited
		assertThat(auditedChanges()).isEqualTo(audited + 2);
	}

	static String rhk(int number, int indicators) {
		List<String> list = new ArrayList<>();
		for (int i = 1; i <= indicators; i++) {
			list.add(INDICATOR.formatted(number * 10 + i));
		}
		return """
				{"text": "Hasil kerja %d", "kind": "UTAMA", "supervisorRhkId": %%d, "indicators": [%s]}"""
			.formatted(number, String.join(", ", list));
	}

	static List<Long> indicators(PlanChain chain, String owner, long skpId) throws Exception {
		String json = chain.read(owner, skpId).andReturn().getResponse().getContentAsString();
		List<Number> ids = JsonPath.read(json, "$.rhk[*].indicators[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	static ResultActions write(PlanChain chain, String owner, long skpId, String period, long indicator, String value)
			throws Exception {
		return chain.send(owner, "/api/v1/skp/{id}/realisations", """
				{"period": "%s", "indicatorId": %d, "value": "%s", "obstacle": "Beban kerja", "cause": "Tenggat",
				 "fix": "Jadwal ulang"}""".formatted(period, indicator, value), skpId);
	}

	long auditedChanges() {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Realisation' AND action = 'UPDATE'")
			.query(Long.class)
			.single();
	}

	interface Request {

		void run() throws Exception;

	}

	static List<String> recorded(Request request) throws Exception {
		List<String> statements = new ArrayList<>();
		RECORDED.set(statements);
		try {
			request.run();
		}
		finally {
			RECORDED.remove();
		}
		return statements;
	}

	/** Wraps the data source so that the statements of a recording thread are kept. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			QueryExecutionListener listener = new QueryExecutionListener() {

				@Override
				public void beforeQuery(net.ttddyy.dsproxy.ExecutionInfo execution,
						List<net.ttddyy.dsproxy.QueryInfo> queries) {
				}

				@Override
				public void afterQuery(net.ttddyy.dsproxy.ExecutionInfo execution,
						List<net.ttddyy.dsproxy.QueryInfo> queries) {
					List<String> statements = RECORDED.get();
					if (statements != null) {
						queries.forEach((query) -> statements.add(query.getQuery().strip().replaceAll("\\s+", " ")));
					}
				}

			};
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource).name(name).listener(listener).build();
					}
					return bean;
				}

			};
		}

	}

}
