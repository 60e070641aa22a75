package id.kinerja.monitoring.board;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.live.LiveEvents;
import id.kinerja.planning.PlanChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.monitoring.board.BoardFixture.ANALIS;
import static id.kinerja.monitoring.board.BoardFixture.KABAN;
import static id.kinerja.monitoring.board.BoardFixture.KASUBBID;
import static id.kinerja.monitoring.board.BoardFixture.SEKDA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each change of an employee's progress leaves live rows for the employee's own pages and
 * the boards of the supervisor and the pejabat penilai, committed with the change; a
 * refused change leaves none. Years 2082–2083.
 */
@DemoAgencyTest
class ProgressPublisherIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	BoardFixture fixture;

	@BeforeEach
	void prepare() {
		this.fixture = new BoardFixture(this.mvc, this.jdbc);
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	long lastId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM live_event").query(Long.class).single();
	}

	List<String> topicsSince(long id) {
		return this.jdbc.sql("SELECT topic FROM live_event WHERE id > :id ORDER BY id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	@Test
	void aDailyLogEntryTellsTheEmployeeAndTheSupervisor() throws Exception {
		long analis = this.fixture.employeeId(ANALIS);
		long kasubbid = this.fixture.employeeId(KASUBBID);
		TestClock.pin(LocalDate.of(2082, 3, 10));
		long before = lastId();
		String log = this.fixture
			.send(ANALIS, "/api/v1/logs", "{\"date\":\"2082-03-10\",\"activity\":\"Menyusun rekap penilaian\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(topicsSince(before)).containsExactlyInAnyOrder(LiveEvents.employee(analis),
				LiveEvents.team(kasubbid));
		long logId = Long.parseLong(log.replaceAll(".*\"id\":(\\d+).*", "$1"));
		long afterAdd = lastId();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete("/api/v1/logs/{id}", logId)
				.header("Authorization", this.fixture.token(ANALIS)))
			.andExpect(status().isNoContent());
		assertThat(topicsSince(afterAdd)).as("voiding an entry").contains(LiveEvents.team(kasubbid));
	}

	@Test
	void aRealisationSubmittedAcknowledgedOrReturnedTellsTheOwnerAndTheAppraiser() throws Exception {
		long analis = this.fixture.employeeId(ANALIS);
		long kasubbid = this.fixture.employeeId(KASUBBID);
		PlanChain chain = new PlanChain(this.mvc);
		long kasubbidRhk = chain.approvedChainToKasubbid(2082);
		long plan = chain.approvedPlanUnderKasubbid(ANALIS, kasubbidRhk, 2082, """
				{"text":"Rekap penilaian","kind":"UTAMA","supervisorRhkId":%d,"indicators":[
				 {"text":"Rekap selesai","aspect":"KUANTITAS","target":"10","unit":"rekap"}]}""");
		Number indicator = JsonPath.read(chain.read(ANALIS, plan).andReturn().getResponse().getContentAsString(),
				"$.rhk[0].indicators[0].id");
		TestClock.pin(LocalDate.of(2082, 3, 3));
		chain.send(ANALIS, "/api/v1/skp/{id}/realisations", """
				{"period":"2082-02","indicatorId":%d,"value":"10"}""".formatted(indicator.longValue()), plan)
			.andExpect(status().is2xxSuccessful());
		List<String> expected = List.of(LiveEvents.employee(analis), LiveEvents.team(kasubbid));
		long before = lastId();
		chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", plan, "2082-02").andExpect(status().isOk());
		assertThat(topicsSince(before)).as("submitted").containsExactlyInAnyOrderElementsOf(expected);
		before = lastId();
		chain.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/return", "{\"note\":\"Lampirkan bukti\"}", plan, "2082-02")
			.andExpect(status().isOk());
		assertThat(topicsSince(before)).as("returned").containsExactlyInAnyOrderElementsOf(expected);
		chain.send(ANALIS, "/api/v1/skp/{id}/periods/{p}/submit", "{}", plan, "2082-02").andExpect(status().isOk());
		before = lastId();
		chain.send(KASUBBID, "/api/v1/skp/{id}/periods/{p}/acknowledge", "{}", plan, "2082-02")
			.andExpect(status().isOk());
		assertThat(topicsSince(before)).as("acknowledged").containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aRefusedWriteLeavesNoLiveRow() throws Exception {
		TestClock.pin(LocalDate.of(2082, 3, 11));
		long before = lastId();
		this.fixture.send(ANALIS, "/api/v1/logs", "{\"date\":\"2082-03-11\",\"activity\":\"\"}")
			.andExpect(status().isBadRequest());
		this.fixture.send(ANALIS, "/api/v1/logs", "{\"date\":\"2082-04-11\",\"activity\":\"Besok\"}")
			.andExpect(status().isBadRequest());
		assertThat(topicsSince(before)).isEmpty();
	}

	@Test
	void planDecisionsTellTheOwnerAndThePejabatPenilai() throws Exception {
		long kaban = this.fixture.employeeId(KABAN);
		long sekda = this.fixture.employeeId(SEKDA);
		long plan = this.fixture.startOwn(KABAN, 2083);
		this.fixture.addRhk(KABAN, plan, "Layanan kepegawaian yang tepat waktu", 1, "PENERIMA_LAYANAN");
		long before = lastId();
		this.fixture.send(KABAN, "/api/v1/skp/{id}/submit", "{}", plan).andExpect(status().isOk());
		assertThat(topicsSince(before)).as("submitted")
			.containsExactlyInAnyOrder(LiveEvents.employee(kaban), LiveEvents.team(sekda));
		before = lastId();
		this.fixture.send(SEKDA, "/api/v1/skp/{id}/return", "{\"note\":\"Lengkapi indikator\"}", plan)
			.andExpect(status().isOk());
		assertThat(topicsSince(before)).as("returned")
			.containsExactlyInAnyOrder(LiveEvents.employee(kaban), LiveEvents.team(sekda));
		this.fixture.send(KABAN, "/api/v1/skp/{id}/submit", "{}", plan).andExpect(status().isOk());
		before = lastId();
		this.fixture.send(SEKDA, "/api/v1/skp/{id}/approve", "{}", plan).andExpect(status().isOk());
		assertThat(topicsSince(before)).as("approved")
			.containsExactlyInAnyOrder(LiveEvents.employee(kaban), LiveEvents.team(sekda));
		before = lastId();
		this.fixture.send(SEKDA, "/api/v1/skp/{id}/approve", "{}", plan).andExpect(status().is4xxClientError());
		assertThat(topicsSince(before)).as("a refused decision").isEmpty();
	}

}
