package id.kinerja.monitoring.feedback;

import java.util.EnumSet;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static id.kinerja.monitoring.feedback.FeedbackFixture.ANALIS;
import static id.kinerja.monitoring.feedback.FeedbackFixture.KABID;
import static id.kinerja.monitoring.feedback.FeedbackFixture.KASUBBID;
import static id.kinerja.monitoring.feedback.FeedbackFixture.PENGOLAH;
import static id.kinerja.monitoring.feedback.FeedbackFixture.body;
import static id.kinerja.monitoring.feedback.FeedbackFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Feedback through the API; SKP years 2074–2077. */
@DemoAgencyTest
@RecordApplicationEvents
class FeedbackApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	@Autowired
	EmployeeRepository employees;

	@Autowired
	ApplicationEvents events;

	FeedbackFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new FeedbackFixture(this.mvc, this.jdbc, this.messages);
	}

	@AfterEach
	void restoreDefaultSetting() throws Exception {
		this.fixture.setPeerVisible(false).andExpect(status().isOk());
	}

	@Test
	void supervisorWritesAndTheOwnerReadsAndReplies() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2074);
		long rhk = this.fixture.rhk(skp);
		long onRhk = id(this.fixture
			.give(KASUBBID, skp,
					"""
							{"target": "RHK", "rhkId": %d, "text": "Analisis bulan ini tajam; lampirkan datanya."}"""
						.formatted(rhk))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.target").value("RHK"))
			.andExpect(jsonPath("$.rhkId").value(rhk))
			.andExpect(jsonPath("$.authorRole").value("SUPERVISOR"))
			.andExpect(jsonPath("$.author.nip").value(KASUBBID)));
		assertThat(this.events.stream(FeedbackGiven.class))
			.anySatisfy((event) -> assertThat(event.feedbackId()).isEqualTo(onRhk));
		this.fixture.give(KASUBBID, skp, """
				{"target": "VALUE", "coreValue": "KOLABORATIF", "text": "Aktif membantu rekan di subbidang."}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.coreValue").value("KOLABORATIF"));
		// Those above the pejabat penilai write too.
		this.fixture.give(KABID, skp, """
				{"target": "SKP", "text": "Pertahankan ritme pelaporan."}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author.nip").value(KABID));
		long realisation = this.fixture.realisation(skp, "2074-03");
		this.fixture
			.give(KASUBBID, skp,
					"""
							{"target": "REALISATION", "realisationId": %d, "text": "Capaian Maret sesuai target."}"""
						.formatted(realisation))
			.andExpect(status().isCreated());

		// The owner reads every supervisor's feedback with its author and date ...
		this.fixture.list(ANALIS, skp)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) onRhk)))
			.andExpect(jsonPath("$[?(@.id == %d)].author.nip".formatted(onRhk), hasItem(KASUBBID)))
			.andExpect(jsonPath("$[?(@.id == %d)].createdAt".formatted(onRhk), hasSize(1)));
		this.fixture.get(ANALIS, "/api/v1/skp/{id}/feedback?target=RHK&ref={rhk}", skp, rhk)
			.andExpect(jsonPath("$[*].target", everyItem(is("RHK"))))
			.andExpect(jsonPath("$[*].id", hasItem((int) onRhk)));
		// ... replies ...
		this.fixture.send(ANALIS, "/api/v1/feedback/{id}/replies", "{\"text\": \"Baik, data saya lampirkan.\"}", onRhk)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.byOwner").value(true));
		this.fixture.send(ANALIS, "/api/v1/feedback/{id}/replies", "{\"text\": \" \"}", onRhk)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.text.required")));
		// ... and cannot write feedback on the own plan.
		this.fixture.give(ANALIS, skp, "{\"target\": \"SKP\", \"text\": \"Saya hebat\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.own-plan")));
		// The supervisor sees the reply; the owner's inbox holds the feedback.
		this.fixture.list(KASUBBID, skp)
			.andExpect(jsonPath("$[?(@.id == %d)].replies[0].text".formatted(onRhk),
					hasItem("Baik, data saya lampirkan.")));
		this.fixture.get(ANALIS, "/api/v1/feedback/received").andExpect(jsonPath("$[*].id", hasItem((int) onRhk)));
		this.fixture.get(KASUBBID, "/api/v1/feedback/given").andExpect(jsonPath("$[*].id", hasItem((int) onRhk)));
		// Every write is in the audit trail.
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'Feedback' AND entity_id = :id")
			.param("id", String.valueOf(onRhk))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'FeedbackReply'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void refusesFeedbackFromOutsideTheLineAndFromAnotherAgency() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2075);
		long given = id(this.fixture.give(KASUBBID, skp, "{\"target\": \"SKP\", \"text\": \"Rapi.\"}")
			.andExpect(status().isCreated()));
		// A colleague who was not invited: refused, with the reason.
		this.fixture.give(PENGOLAH, skp, "{\"target\": \"SKP\", \"text\": \"Masukan tanpa undangan\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.outside-line")));
		this.fixture.list(PENGOLAH, skp).andExpect(status().isForbidden());
		this.fixture.send(PENGOLAH, "/api/v1/feedback/{id}/replies", "{\"text\": \"Ikut membalas\"}", given)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.reply.denied")));
		this.fixture.get(PENGOLAH, "/api/v1/skp/{id}/peers", skp).andExpect(status().isForbidden());
		// Anyone else of the agency who is not above the owner: outside the line.
		String outsider = outsider();
		this.fixture.give(outsider, skp, "{\"target\": \"SKP\", \"text\": \"Dari unit lain\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.outside-line")));
		// Admin BKPSDM reads everything with its authors but writes nothing.
		this.fixture.list("admin", skp)
			.andExpect(jsonPath("$[?(@.id == %d)].author.nip".formatted(given), hasItem(KASUBBID)));
		this.fixture.give("admin", skp, "{\"target\": \"SKP\", \"text\": \"Catatan admin\"}")
			.andExpect(status().isForbidden());
		// Another agency: the plan does not exist for it.
		Agency other = this.agencies
			.save(Agency.create("KAB-UMPAN-BALIK", "Pemerintah Kabupaten Umpan Balik", AgencyType.KABUPATEN));
		this.accounts.createAccount(other.getId(), "admin-umpan-balik", "Admin Kabupaten Umpan Balik",
				"rahasia-umpan-balik-1", false, EnumSet.of(Role.ADMIN_BKPSDM), null);
		String otherAdmin = TestSignIn.bearer(this.mvc, "admin-umpan-balik", "rahasia-umpan-balik-1");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/skp/{id}/feedback", skp)
				.header("Authorization", otherAdmin))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/skp/{id}/feedback", skp)
				.header("Authorization", otherAdmin)
				.contentType("application/json")
				.content("{\"target\": \"SKP\", \"text\": \"Dari instansi lain\"}"))
			.andExpect(status().isNotFound());
		this.fixture.list(KASUBBID, Long.MAX_VALUE).andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/skp/{id}/feedback", skp))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void invitedPeerWritesOnlyUntilTheInvitationIsWithdrawn() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2076);
		long rhk = this.fixture.rhk(skp);
		this.fixture.give(KASUBBID, skp, "{\"target\": \"SKP\", \"text\": \"Catatan atasan untuk 2076\"}")
			.andExpect(status().isCreated());
		// Who may be invited.
		this.fixture.invite(ANALIS, skp, ANALIS)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nip"))
			.andExpect(jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.peer.self")));
		this.fixture.invite(ANALIS, skp, KASUBBID)
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.peer.supervisor")));
		this.fixture.invite(ANALIS, skp, "199001012015011999")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value(this.fixture.message("monitoring.feedback.peer.not-found", "199001012015011999")));
		this.fixture.send(ANALIS, "/api/v1/skp/{id}/peers", "{\"nip\": \"\"}", skp)
			.andExpect(jsonPath("$.errors[0].message")
				.value(this.fixture.message("monitoring.feedback.peer.nip.required")));
		this.fixture.invite(KASUBBID, skp, PENGOLAH)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.peer.owner-only")));
		this.fixture.invite(ANALIS, skp, PENGOLAH)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.peer.nip").value(PENGOLAH))
			.andExpect(jsonPath("$.active").value(true));
		this.fixture.invite(ANALIS, skp, PENGOLAH)
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.peer.duplicate")));
		this.fixture.get(ANALIS, "/api/v1/skp/{id}/peers", skp).andExpect(jsonPath("$[0].peer.nip").value(PENGOLAH));
		this.fixture.get(PENGOLAH, "/api/v1/feedback/requests")
			.andExpect(jsonPath("$[?(@.skpId == %d)].owner.nip".formatted(skp), hasItem(ANALIS)));

		// The peer writes on an RHK and a value, not on a realisation.
		long peerFeedback = id(this.fixture.give(PENGOLAH, skp, """
				{"target": "RHK", "rhkId": %d, "text": "Analisisnya membantu tim kami."}""".formatted(rhk))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorRole").value("PEER")));
		this.fixture.give(PENGOLAH, skp, """
				{"target": "VALUE", "coreValue": "HARMONIS", "text": "Ramah kepada semua."}""")
			.andExpect(status().isCreated());
		this.fixture.give(PENGOLAH, skp, """
				{"target": "REALISATION", "realisationId": 1, "text": "Realisasi"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"))
			.andExpect(jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.target.peer")));
		// A peer sees only what they wrote; those above see the peer's name.
		this.fixture.list(PENGOLAH, skp)
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].authorRole", everyItem(is("PEER"))));
		this.fixture.list(KASUBBID, skp)
			.andExpect(jsonPath("$[?(@.id == %d)].author.nip".formatted(peerFeedback), hasItem(PENGOLAH)));
		this.fixture.list(KABID, skp)
			.andExpect(jsonPath("$[?(@.id == %d)].author.nip".formatted(peerFeedback), hasItem(PENGOLAH)));

		// Withdrawn: the peer writes and reads nothing more; what was written stays.
		this.fixture.withdraw(ANALIS, skp, PENGOLAH)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.fixture.give(PENGOLAH, skp, "{\"target\": \"SKP\", \"text\": \"Masih ada yang ingin saya sampaikan\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.peer.withdrawn")));
		this.fixture.list(PENGOLAH, skp).andExpect(status().isForbidden());
		this.fixture.get(PENGOLAH, "/api/v1/feedback/requests")
			.andExpect(jsonPath("$[*].skpId", not(hasItem((int) skp))));
		this.fixture.withdraw(ANALIS, skp, PENGOLAH).andExpect(status().isNotFound());
		this.fixture.list(KASUBBID, skp).andExpect(jsonPath("$[*].id", hasItem((int) peerFeedback)));
	}

	@Test
	void keepsPeerAuthorsFromTheOwnerUnderBothSettings() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2077);
		this.fixture.invite(ANALIS, skp, PENGOLAH).andExpect(status().isCreated());
		long peerFeedback = id(this.fixture.give(PENGOLAH, skp, """
				{"target": "VALUE", "coreValue": "KOMPETEN", "text": "Rahasia: sering terlambat rapat."}""")
			.andExpect(status().isCreated()));
		long supervisorFeedback = id(
				this.fixture.give(KASUBBID, skp, "{\"target\": \"SKP\", \"text\": \"Catatan atasan 2077\"}")
					.andExpect(status().isCreated()));
		String peerNip = PENGOLAH;
		String peerName = this.fixture.name(PENGOLAH);

		// Default: the owner sees no peer input at all.
		this.fixture.get("admin", "/api/v1/feedback-settings")
			.andExpect(jsonPath("$.peerVisibleToEmployee").value(false));
		String hidden = body(this.fixture.list(ANALIS, skp).andExpect(status().isOk()));
		assertThat(hidden).contains("Catatan atasan 2077")
			.doesNotContain("Rahasia: sering terlambat rapat.")
			.doesNotContain(peerNip)
			.doesNotContain(peerName);
		assertThat(body(this.fixture.get(ANALIS, "/api/v1/feedback/received"))).doesNotContain(peerNip)
			.doesNotContain(peerName)
			.doesNotContain("Rahasia");
		// Nor may the owner reply to it (it does not exist for the owner).
		this.fixture.send(ANALIS, "/api/v1/feedback/{id}/replies", "{\"text\": \"Siapa ini?\"}", peerFeedback)
			.andExpect(status().isNotFound());

		// Allowed by the agency: the owner sees it, without any trace of its author.
		this.fixture.setPeerVisible(true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.peerVisibleToEmployee").value(true));
		this.fixture
			.send(ANALIS, "/api/v1/feedback/{id}/replies", "{\"text\": \"Terima kasih, akan saya perbaiki.\"}",
					peerFeedback)
			.andExpect(status().isCreated());
		this.fixture
			.send(PENGOLAH, "/api/v1/feedback/{id}/replies", "{\"text\": \"Sama-sama, semangat.\"}", peerFeedback)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author.nip").value(PENGOLAH));
		String shown = body(this.fixture.list(ANALIS, skp)
			.andExpect(jsonPath("$[?(@.id == %d)].authorRole".formatted(peerFeedback), hasItem("PEER")))
			.andExpect(jsonPath("$[?(@.id == %d)].author".formatted(peerFeedback), hasItem(is((Object) null))))
			.andExpect(jsonPath("$[?(@.id == %d)].author.nip".formatted(supervisorFeedback), hasItem(KASUBBID))));
		assertThat(shown).contains("Rahasia: sering terlambat rapat.")
			.contains("Sama-sama, semangat.")
			.doesNotContain(peerNip)
			.doesNotContain(peerName)
			.doesNotContain("authorId")
			.doesNotContain("createdBy");
		assertThat(body(this.fixture.get(ANALIS, "/api/v1/feedback/received"))).contains("Rahasia")
			.doesNotContain(peerNip)
			.doesNotContain(peerName);
		// The pejabat penilai sees who wrote it.
		this.fixture.list(KASUBBID, skp)
			.andExpect(jsonPath("$[?(@.id == %d)].author.nip".formatted(peerFeedback), hasItem(PENGOLAH)));
		// The audit trail, which names the peer, is closed to the owner.
		this.fixture.get(ANALIS, "/api/v1/audit").andExpect(status().isForbidden());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/audit")
				.cookie(TestSignIn.session(this.mvc, ANALIS)))
			.andExpect(status().isForbidden());
	}

	@Test
	void changesTheSettingOnlyAsAdminAtTheVersionRead() throws Exception {
		this.fixture.send(ANALIS, "/api/v1/feedback-settings", "{}").andExpect(status().isMethodNotAllowed());
		this.fixture.get(ANALIS, "/api/v1/feedback-settings").andExpect(status().isOk());
		this.mvc
			.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/feedback-settings")
						.header("Authorization", this.fixture.token(KASUBBID))
						.contentType("application/json")
						.content("{\"peerVisibleToEmployee\": true}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.fixture.message("monitoring.feedback.settings.admin-only")));
		this.mvc
			.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/feedback-settings")
						.header("Authorization", this.fixture.token("admin"))
						.contentType("application/json")
						.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("peerVisibleToEmployee"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(this.fixture.message("monitoring.feedback.settings.required")));
		long version = ((Number) com.jayway.jsonpath.JsonPath
			.read(body(this.fixture.setPeerVisible(true).andExpect(status().isOk())), "$.version")).longValue();
		this.mvc
			.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/feedback-settings")
						.header("Authorization", this.fixture.token("admin"))
						.contentType("application/json")
						.content("{\"peerVisibleToEmployee\": false, \"version\": " + (version - 1) + "}"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_record WHERE entity_type = 'FeedbackSetting'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
		// The endpoints are in the OpenAPI description.
		assertThat(body(this.fixture.get("admin", "/v3/api-docs"))).contains("/api/v1/skp/{id}/feedback")
			.contains("/api/v1/feedback/{id}/replies")
			.contains("/api/v1/skp/{id}/peers/{nip}")
			.contains("/api/v1/feedback-settings");
	}

	@Test
	void refusesBadFeedbackNamingEachField() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2074);
		long otherPlan = this.fixture.plan(PENGOLAH, 2074);
		long otherRhk = this.fixture.rhk(otherPlan);
		long otherRealisation = this.fixture.realisation(otherPlan, "2074-04");
		this.fixture.give(KASUBBID, skp, "{\"target\": \"SKP\", \"text\": \"   \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.text.required")));
		this.fixture.give(KASUBBID, skp, "{\"target\": \"SKP\", \"text\": \"%s\"}".formatted("a".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"))
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.text.size", 2000)));
		this.fixture.give(KASUBBID, skp, "{\"target\": \"PERSONALITY\", \"text\": \"Umpan balik\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("target"))
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.target.invalid")));
		this.fixture
			.give(KASUBBID, skp, "{\"target\": \"RHK\", \"rhkId\": %d, \"text\": \"Umpan balik\"}".formatted(otherRhk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rhkId"))
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.rhk.other-skp")));
		this.fixture.give(KASUBBID, skp, "{\"target\": \"RHK\", \"text\": \"Umpan balik\"}")
			.andExpect(jsonPath("$.errors[0].field").value("rhkId"))
			.andExpect(jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.rhk.required")));
		this.fixture
			.give(KASUBBID, skp,
					"{\"target\": \"REALISATION\", \"realisationId\": %d, \"text\": \"Umpan balik\"}"
						.formatted(otherRealisation))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("realisationId"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(this.fixture.message("monitoring.feedback.realisation.other-skp")));
		this.fixture.give(KASUBBID, skp, "{\"target\": \"VALUE\", \"coreValue\": \"JUJUR\", \"text\": \"x\"}")
			.andExpect(jsonPath("$.errors[0].field").value("coreValue"))
			.andExpect(
					jsonPath("$.errors[0].message").value(this.fixture.message("monitoring.feedback.value.invalid")));
		// Several faults at once, each named; nothing written.
		long before = this.jdbc.sql("SELECT count(*) FROM feedback WHERE skp_id = :skp")
			.param("skp", skp)
			.query(Long.class)
			.single();
		this.fixture.give(KASUBBID, skp, "{\"target\": \"RHK\", \"rhkId\": %d, \"text\": \"\"}".formatted(otherRhk))
			.andExpect(jsonPath("$.errors[*].field", hasItem("rhkId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")));
		assertThat(this.jdbc.sql("SELECT count(*) FROM feedback WHERE skp_id = :skp")
			.param("skp", skp)
			.query(Long.class)
			.single()).isEqualTo(before);
		// In English when asked.
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/skp/{id}/feedback", skp)
				.header("Authorization", this.fixture.token(KASUBBID))
				.header("Accept-Language", "en")
				.contentType("application/json")
				.content("{\"target\": \"SKP\", \"text\": \"\"}"))
			.andExpect(jsonPath("$.errors[0].message").value("Write the feedback."));
	}

	/**
	 * Return an employee of the demo agency who stands neither above the analyst nor is
	 * the analyst.
	 */
	private String outsider() {
		java.time.LocalDate today = java.time.LocalDate.now();
		long analis = this.employees.findByNip(ANALIS).orElseThrow().getId();
		return this.jdbc.sql("SELECT id, nip FROM employee WHERE status = 'ACTIVE' AND nip NOT IN (:skip) ORDER BY nip")
			.param("skip", java.util.List.of(ANALIS, PENGOLAH, KASUBBID, KABID))
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list()
			.stream()
			.filter((row) -> !this.lines.isAbove((Long) row[0], analis, today))
			.map((row) -> (String) row[1])
			.filter((nip) -> this.accountExists(nip))
			.findFirst()
			.orElseThrow();
	}

	private boolean accountExists(String nip) {
		return this.jdbc.sql("SELECT count(*) FROM user_account WHERE username = :nip")
			.param("nip", nip)
			.query(Long.class)
			.single() > 0;
	}

	@Autowired
	id.kinerja.employee.ReportingLines lines;

}
