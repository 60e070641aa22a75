package id.kinerja.monitoring.dialogue;

import java.time.LocalDate;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.identity.AccountService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.kinerja.monitoring.dialogue.DialogueFixture.ADMIN_OPD;
import static id.kinerja.monitoring.dialogue.DialogueFixture.ANALIS;
import static id.kinerja.monitoring.dialogue.DialogueFixture.KABID;
import static id.kinerja.monitoring.dialogue.DialogueFixture.KASUBBID;
import static id.kinerja.monitoring.dialogue.DialogueFixture.PENGOLAH;
import static id.kinerja.monitoring.dialogue.DialogueFixture.audits;
import static id.kinerja.monitoring.dialogue.DialogueFixture.id;
import static id.kinerja.monitoring.dialogue.DialogueFixture.read;
import static id.kinerja.monitoring.dialogue.DialogueFixture.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dialogue API on days of 2086 and 2087 (pinned), so that dates in the past and the
 * future are fixed.
 */
@DemoAgencyTest
class DialogueApiIntegrationTests {

	static final LocalDate DAY = LocalDate.of(2087, 3, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	DialogueFixture api;

	@BeforeEach
	void pin() {
		TestClock.pin(DAY);
		this.api = new DialogueFixture(this.mvc, this.messages);
	}

	@AfterEach
	void reset() {
		TestClock.reset();
	}

	ResultActions schedule(String as, String nip, String at, String agenda) throws Exception {
		return this.api.post(as, "/api/v1/dialogues", """
				{"employeeNip": "%s", "scheduledAt": "%s", "place": "Ruang rapat PKA", "agenda": "%s"}""".formatted(nip,
				at, agenda));
	}

	ResultActions addAction(String as, long dialogue, String text, String owner, String due) throws Exception {
		return this.api.post(as, "/api/v1/dialogues/{id}/actions", """
				{"text": "%s", "ownerNip": "%s", "dueDate": "%s"}""".formatted(text, owner, due), dialogue);
	}

	@Test
	void schedulesHoldsAndFollowsUpADialogueReadUpTheLine() throws Exception {
		ResultActions created = schedule(KASUBBID, ANALIS, "2087-03-04T09:00:00+07:00",
				"Capaian triwulan I dan kendala data")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.employeeNip").value(ANALIS))
			.andExpect(jsonPath("$.supervisorNip").value(KASUBBID))
			.andExpect(jsonPath("$.scheduledAt").value("2087-03-04T02:00:00Z"));
		long dialogue = id(created);
		long version = version(created);
		for (String reader : new String[] { ANALIS, KASUBBID, KABID, "admin", "auditor", ADMIN_OPD }) {
			this.api.get(reader, "/api/v1/dialogues/{id}", dialogue)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.agenda").value("Capaian triwulan I dan kendala data"));
		}
		this.api.get(PENGOLAH, "/api/v1/dialogues/{id}", dialogue)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.denied")));
		this.api.get(DialogueFixture.outsider(this.jdbc), "/api/v1/dialogues/{id}", dialogue)
			.andExpect(status().isForbidden());
		this.api.get(DialogueFixture.outsider(this.jdbc), "/api/v1/dialogues?nip=" + ANALIS)
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/dialogues/{id}", dialogue).header("Authorization",
					this.api.otherAgencyAdmin(this.agencies, this.accounts, DAY)))
			.andExpect(status().isNotFound());
		this.api.get(ANALIS, "/api/v1/dialogues").andExpect(jsonPath("$[*].id", hasItem((int) dialogue)));
		this.api.get(KASUBBID, "/api/v1/dialogues").andExpect(jsonPath("$[*].id", hasItem((int) dialogue)));
		this.api.get(KABID, "/api/v1/dialogues?nip=" + ANALIS).andExpect(jsonPath("$[*].id", hasItem((int) dialogue)));

		// Held on the day, with notes; two actions, one for each of them.
		TestClock.pin(DAY.plusDays(2));
		ResultActions held = this.api
			.post(KASUBBID, "/api/v1/dialogues/{id}/held",
					"""
							{"notes": "Laporan analisis terlambat karena data bidang lain", "version": %d}"""
						.formatted(version),
					dialogue)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.heldAt").isNotEmpty());
		long heldVersion = version(held);
		long own = id(addAction(KASUBBID, dialogue, "Melengkapi data laporan", ANALIS, "2087-03-11")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.ownerNip").value(ANALIS))
			.andExpect(jsonPath("$.overdue").value(false)));
		ResultActions supervisors = addAction(KASUBBID, dialogue, "Koordinasi dengan Bidang Mutasi", KASUBBID,
				"2087-03-06")
			.andExpect(status().isCreated());
		long theirs = id(supervisors);
		// The employee comments and agrees.
		this.api
			.post(ANALIS, "/api/v1/dialogues/{id}/comment",
					"""
							{"comment": "Setuju, data akan saya lengkapi", "agreed": true, "version": %d}"""
						.formatted(heldVersion),
					dialogue)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeAgreed").value(true))
			.andExpect(jsonPath("$.employeeComment").value("Setuju, data akan saya lengkapi"));
		// The employee's open actions; a week later the supervisor's is overdue.
		this.api.get(ANALIS, "/api/v1/dialogues/actions")
			.andExpect(jsonPath("$[*].id", hasItem((int) own)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) theirs))));
		TestClock.pin(DAY.plusDays(7));
		this.api.get(KASUBBID, "/api/v1/dialogues/actions")
			.andExpect(jsonPath("$[?(@.id == " + theirs + ")].overdue", hasItem(true)));
		this.api.get(KABID, "/api/v1/dialogues/actions?nip=" + ANALIS)
			.andExpect(jsonPath("$[*].id", hasItem((int) own)))
			.andExpect(jsonPath("$[*].id", hasItem((int) theirs)));
		// The employee may not drop an action, nor follow up the supervisor's; marks own
		// done.
		this.api.post(ANALIS, "/api/v1/dialogues/{id}/actions/{a}/follow-up", """
				{"status": "DROPPED", "note": "x"}""", dialogue, own)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.action.follow-up-denied")));
		this.api.post(ANALIS, "/api/v1/dialogues/{id}/actions/{a}/follow-up", """
				{"status": "DONE"}""", dialogue, theirs).andExpect(status().isForbidden());
		this.api.post(ANALIS, "/api/v1/dialogues/{id}/actions/{a}/follow-up", """
				{"status": "DONE", "note": "Data lengkap dikirim", "version": 0}""", dialogue, own)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.note").value("Data lengkap dikirim"))
			.andExpect(jsonPath("$.doneAt").isNotEmpty());
		this.api.post(ANALIS, "/api/v1/dialogues/{id}/actions/{a}/follow-up", """
				{"status": "DONE"}""", dialogue, own).andExpect(status().isConflict());
		// Dropping needs the reason.
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/actions/{a}/follow-up", """
				{"status": "DROPPED"}""", dialogue, theirs)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.action.note.required")));
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/actions/{a}/follow-up", """
				{"status": "DROPPED", "note": "Sudah tidak diperlukan"}""", dialogue, theirs)
			.andExpect(jsonPath("$.status").value("DROPPED"));
		this.api.get(ANALIS, "/api/v1/dialogues/actions").andExpect(jsonPath("$[*].id", not(hasItem((int) own))));
		// Audited: the dialogue's creation and its changes, the actions.
		assertThat(audits(this.jdbc, "Dialogue", dialogue)).isEqualTo(3);
		assertThat(audits(this.jdbc, "DialogueAction", own)).isEqualTo(2);
		assertThat(audits(this.jdbc, "DialogueAction", theirs)).isEqualTo(2);
	}

	@Test
	void refusesBadSchedulesNamingEachField() throws Exception {
		schedule(KASUBBID, ANALIS, "2087-03-01T09:00:00+07:00", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[?(@.field == 'scheduledAt')].message",
					hasItem(this.api.msg("monitoring.dialogue.scheduled.past"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'agenda')].message",
					hasItem(this.api.msg("monitoring.dialogue.agenda.required"))));
		this.api.post(KASUBBID, "/api/v1/dialogues", """
				{"agenda": "Tanpa pegawai"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("employeeNip"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.employee.required")));
		this.api.post(KASUBBID, "/api/v1/dialogues", """
				{"employeeNip": "%s", "agenda": "Tanpa waktu", "period": "2087-13"}""".formatted(ANALIS))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'scheduledAt')].message",
					hasItem(this.api.msg("monitoring.dialogue.scheduled.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'period')].message",
					hasItem(this.api.msg("monitoring.dialogue.period.format"))));
		this.api.post(KASUBBID, "/api/v1/dialogues", """
				{"employeeNip": "%s", "scheduledAt": "not a time", "agenda": "x"}""".formatted(ANALIS))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scheduledAt"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.scheduled.format")));
		// Without an offset, the time is the agency's (WIB).
		schedule(KASUBBID, ANALIS, "2087-03-05T09:00", "Tanpa zona waktu").andExpect(status().isCreated())
			.andExpect(jsonPath("$.scheduledAt").value("2087-03-05T02:00:00Z"));
		// A plan of another employee.
		Long pengolahSkp = this.jdbc
			.sql("SELECT s.id FROM skp s JOIN employee e ON e.id = s.employee_id WHERE e.nip = :nip ORDER BY s.id")
			.param("nip", PENGOLAH)
			.query(Long.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (pengolahSkp != null) {
			this.api
				.post(KASUBBID, "/api/v1/dialogues",
						"""
								{"employeeNip": "%s", "scheduledAt": "2087-03-05T09:00:00+07:00", "agenda": "x", "skpId": %d}"""
							.formatted(ANALIS, pengolahSkp))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("skpId"))
				.andExpect(
						jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.skp.not-employees")));
		}
		// Not above the employee: a peer, the employee upwards; an admin has no
		// dialogues.
		schedule(PENGOLAH, ANALIS, "2087-03-05T09:00:00+07:00", "Sesama rekan").andExpect(status().isForbidden())
			.andExpect(
					jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.not-above", "Rizky Pratama, S.Psi.")));
		schedule(ANALIS, KASUBBID, "2087-03-05T09:00:00+07:00", "Ke atas").andExpect(status().isForbidden());
		schedule("admin", ANALIS, "2087-03-05T09:00:00+07:00", "Admin").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.employees-only")));
		schedule(KASUBBID, "000000000000000000", "2087-03-05T09:00:00+07:00", "x").andExpect(status().isNotFound());
		// Those above through the line may schedule too.
		schedule(KABID, ANALIS, "2087-03-05T09:00:00+07:00", "Dialog dengan Kepala Bidang")
			.andExpect(status().isCreated());
	}

	@Test
	void refusesBadActionsNamingEachField() throws Exception {
		long dialogue = id(schedule(KASUBBID, ANALIS, "2087-03-10T13:30:00+07:00", "Rencana aksi")
			.andExpect(status().isCreated()));
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/actions", """
				{"text": " ", "dueDate": "2087-03-09"}""", dialogue)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[?(@.field == 'text')].message",
					hasItem(this.api.msg("monitoring.dialogue.action.text.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'ownerNip')].message",
					hasItem(this.api.msg("monitoring.dialogue.action.owner.required"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'dueDate')].message",
					hasItem(this.api.msg("monitoring.dialogue.action.due.before", LocalDate.of(2087, 3, 10)))));
		addAction(KASUBBID, dialogue, "Dikerjakan rekan", PENGOLAH, "2087-03-20").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerNip"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.action.owner.outside")));
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/actions", """
				{"text": "Tanpa tanggal", "ownerNip": "%s"}""".formatted(ANALIS), dialogue)
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.action.due.required")));
		// The due date may be the dialogue's own day; the employee may not agree actions.
		long action = id(addAction(KASUBBID, dialogue, "Menyusun rencana aksi", ANALIS, "2087-03-10")
			.andExpect(status().isCreated()));
		addAction(ANALIS, dialogue, "Sendiri", ANALIS, "2087-03-12").andExpect(status().isForbidden());
		// Changing an action checks the same, at the version read.
		String early = """
				{"text": "Menyusun rencana aksi", "ownerNip": "%s", "dueDate": "2087-03-01", "version": 0}"""
			.formatted(KASUBBID);
		this.api.put(KASUBBID, "/api/v1/dialogues/{id}/actions/{a}", early, dialogue, action)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"));
		this.api
			.put(KASUBBID, "/api/v1/dialogues/{id}/actions/{a}",
					"""
							{"text": "Menyusun rencana aksi bersama", "ownerNip": "%s", "dueDate": "2087-03-14", "version": 0}"""
						.formatted(KASUBBID),
					dialogue, action)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerNip").value(KASUBBID))
			.andExpect(jsonPath("$.version").value(1));
		this.api
			.put(KASUBBID, "/api/v1/dialogues/{id}/actions/{a}", """
					{"text": "Basi", "ownerNip": "%s", "dueDate": "2087-03-14", "version": 0}""".formatted(KASUBBID),
					dialogue, action)
			.andExpect(status().isConflict());
	}

	@Test
	void keepsTheSupervisorsRecordToTheSupervisor() throws Exception {
		ResultActions created = schedule(KASUBBID, ANALIS, "2087-03-12T08:00:00+07:00", "Evaluasi bulanan")
			.andExpect(status().isCreated());
		long dialogue = id(created);
		long version = version(created);
		// The employee, and one above who does not hold the dialogue, may not write its
		// notes.
		this.api.put(ANALIS, "/api/v1/dialogues/{id}/notes", """
				{"notes": "Catatan saya sendiri"}""", dialogue)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.supervisor-only")));
		this.api.post(ANALIS, "/api/v1/dialogues/{id}/held", "{}", dialogue).andExpect(status().isForbidden());
		this.api.put(KABID, "/api/v1/dialogues/{id}/notes", """
				{"notes": "Dari Kepala Bidang"}""", dialogue).andExpect(status().isForbidden());
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/comment", """
				{"comment": "Komentar atasan"}""", dialogue)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.employee-only")));
		this.api.post(PENGOLAH, "/api/v1/dialogues/{id}/comment", """
				{"comment": "Rekan"}""", dialogue).andExpect(status().isForbidden());
		// Rescheduling: not into the past, at the version read.
		this.api
			.put(KASUBBID, "/api/v1/dialogues/{id}",
					"""
							{"scheduledAt": "2087-02-12T08:00:00+07:00", "agenda": "Evaluasi bulanan", "version": %d}"""
						.formatted(version),
					dialogue)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("scheduledAt"));
		ResultActions moved = this.api
			.put(KASUBBID, "/api/v1/dialogues/{id}",
					"""
							{"scheduledAt": "2087-03-13T08:00:00+07:00", "place": "Daring", "agenda": "Evaluasi bulanan", "version": %d}"""
						.formatted(version),
					dialogue)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place").value("Daring"));
		this.api.put(KASUBBID, "/api/v1/dialogues/{id}/notes", """
				{"notes": "Versi lama", "version": %d}""".formatted(version), dialogue)
			.andExpect(status().isConflict());
		long current = version(moved);
		// Cancelling needs the reason; a cancelled dialogue takes no more actions.
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/cancel", """
				{"reason": " ", "version": %d}""".formatted(current), dialogue)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(this.api.msg("monitoring.dialogue.reason.required")));
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/cancel", """
				{"reason": "Atasan dinas luar", "version": %d}""".formatted(current), dialogue)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("Atasan dinas luar"));
		addAction(KASUBBID, dialogue, "Terlambat", ANALIS, "2087-03-20").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(this.api.msg("monitoring.dialogue.status.CANCELLED")));
		this.api.post(KASUBBID, "/api/v1/dialogues/{id}/held", "{}", dialogue).andExpect(status().isConflict());
		this.api.get(KASUBBID, "/api/v1/dialogues/{id}", Long.MAX_VALUE).andExpect(status().isNotFound());
		assertThat((Integer) read(this.api.get(ANALIS, "/api/v1/dialogues/{id}", dialogue), "$.version"))
			.isEqualTo((int) current + 1);
	}

	@Test
	void seedsDemoDialoguesWithAnOverdueAction(@Autowired DialogueService dialogues) throws Exception {
		long agency = this.jdbc.sql("SELECT agency_id FROM employee WHERE nip = :nip")
			.param("nip", KASUBBID)
			.query(Long.class)
			.single();
		long supervisor = this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip")
			.param("nip", KASUBBID)
			.query(Long.class)
			.single();
		long employee = this.jdbc.sql("SELECT id FROM employee WHERE nip = :nip")
			.param("nip", PENGOLAH)
			.query(Long.class)
			.single();
		var seeded = dialogues.seedDemo(agency, supervisor, employee, DAY.plusYears(1));
		assertThat(seeded).hasSize(2);
		TestClock.pin(DAY.plusYears(1));
		this.api.get(PENGOLAH, "/api/v1/dialogues/actions")
			.andExpect(jsonPath("$[?(@.dialogueId == " + seeded.get(0).getId() + ")].overdue", hasItem(true)));
		this.api.get(PENGOLAH, "/api/v1/dialogues/{id}", seeded.get(1).getId())
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
	}

	@Test
	void describesTheDialogueAndCoachingEndpointsInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/actions'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/notes'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/held'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/cancel'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/comment'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/actions'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/actions/{actionId}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dialogues/{id}/actions/{actionId}/follow-up'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching/forms'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching/{id}/held'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching/{id}/cancel'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching/{id}/feedback'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/coaching/{id}/evaluation'].put").exists());
	}

}
