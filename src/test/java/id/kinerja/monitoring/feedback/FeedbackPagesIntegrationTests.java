package id.kinerja.monitoring.feedback;

import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static id.kinerja.monitoring.feedback.FeedbackFixture.ANALIS;
import static id.kinerja.monitoring.feedback.FeedbackFixture.KASUBBID;
import static id.kinerja.monitoring.feedback.FeedbackFixture.PENGOLAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The feedback panel and pages; SKP years 2078–2079. */
@DemoAgencyTest
class FeedbackPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	FeedbackFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new FeedbackFixture(this.mvc, this.jdbc, this.messages);
	}

	@AfterEach
	void restoreDefaultSetting() throws Exception {
		this.fixture.setPeerVisible(false).andExpect(status().isOk());
	}

	String html(Cookie session, String path, Object... vars) throws Exception {
		return this.mvc.perform(get(path, vars).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void supervisorWritesInThePanelAndTheOwnerRepliesInline() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2078);
		long rhk = this.fixture.rhk(skp);
		Cookie supervisor = TestSignIn.session(this.mvc, KASUBBID);
		Cookie owner = TestSignIn.session(this.mvc, ANALIS);
		// The SKP page loads the panel.
		assertThat(html(owner, "/skp/{id}", skp)).contains("hx-get=\"/feedback/skp/" + skp + "\"");
		assertThat(html(supervisor, "/feedback/skp/{id}", skp)).contains("feedback-form")
			.contains("value=\"RHK:" + rhk + "\"")
			.contains("value=\"VALUE:KOMPETEN\"");
		// An empty feedback: the message next to the field, nothing written.
		this.mvc
			.perform(post("/feedback/skp/{id}", skp).cookie(supervisor)
				.with(csrf())
				.header("HX-Request", "true")
				.param("about", "RHK:" + rhk)
				.param("text", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.fixture.message("monitoring.feedback.text.required"))));
		this.mvc
			.perform(post("/feedback/skp/{id}", skp).cookie(supervisor)
				.with(csrf())
				.header("HX-Request", "true")
				.param("about", "RHK:" + rhk)
				.param("text", "Data pendukung analisis <b>perlu</b> dilampirkan."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.fixture.message("monitoring.feedback.saved"))))
			.andExpect(
					content().string(containsString("Data pendukung analisis &lt;b&gt;perlu&lt;/b&gt; dilampirkan.")));
		// Without htmx, the form posts as a plain form and lands on the SKP page.
		this.mvc
			.perform(post("/feedback/skp/{id}", skp).cookie(supervisor)
				.with(csrf())
				.param("about", "VALUE:AKUNTABEL")
				.param("text", "Laporan selalu tepat waktu."))
			.andExpect(redirectedUrl("/skp/" + skp));
		// The owner reads it with the author, and replies in the panel.
		String panel = html(owner, "/feedback/skp/{id}", skp);
		assertThat(panel).contains("Data pendukung analisis")
			.contains(HtmlUtils.htmlEscape(this.fixture.name(KASUBBID)))
			.contains("feedback-reply-form")
			.doesNotContain("feedback-form ");
		long feedbackId = this.jdbc
			.sql("SELECT id FROM feedback WHERE skp_id = :skp AND target_kind = 'RHK' ORDER BY id DESC")
			.param("skp", skp)
			.query(Long.class)
			.list()
			.get(0);
		this.mvc
			.perform(post("/feedback/skp/{id}/replies/{f}", skp, feedbackId).cookie(owner)
				.with(csrf())
				.header("HX-Request", "true")
				.param("text", "Siap, saya lampirkan minggu ini."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Siap, saya lampirkan minggu ini.")));
		// The inbox: received, newest first, with an inline reply.
		String inbox = html(owner, "/feedback");
		assertThat(inbox).contains(this.fixture.message("monitoring.feedback.inbox.title"))
			.contains("Laporan selalu tepat waktu.")
			.contains("action=\"/feedback/" + feedbackId + "/replies\"");
		assertThat(inbox.indexOf("Laporan selalu tepat waktu.")).isLessThan(inbox.indexOf("Data pendukung analisis"));
		this.mvc.perform(post("/feedback/{id}/replies", feedbackId).cookie(owner).with(csrf()).param("text", "Sudah."))
			.andExpect(redirectedUrl("/feedback#feedback-" + feedbackId));
		assertThat(html(supervisor, "/feedback")).contains("Sudah.");
		// Someone outside the line gets no panel at all.
		assertThat(html(TestSignIn.session(this.mvc, PENGOLAH), "/feedback/skp/{id}", skp))
			.contains("feedback-panel d-none")
			.doesNotContain("Data pendukung analisis");
		// In English.
		assertThat(html(owner, "/feedback/skp/{id}?lang=en", skp)).contains("Feedback (Umpan Balik)");
	}

	@Test
	void keepsThePeerOutOfTheOwnersPagesUnderBothSettings() throws Exception {
		long skp = this.fixture.plan(ANALIS, 2079);
		Cookie owner = TestSignIn.session(this.mvc, ANALIS);
		Cookie peer = TestSignIn.session(this.mvc, PENGOLAH);
		Cookie supervisor = TestSignIn.session(this.mvc, KASUBBID);
		String peerName = this.fixture.name(PENGOLAH);
		String peerNameInHtml = HtmlUtils.htmlEscape(peerName);
		// The owner finds the colleague and invites them; a bad NIP is named.
		assertThat(html(owner, "/feedback/peers/{id}?q={q}", skp, PENGOLAH.substring(0, 12))).contains(PENGOLAH);
		this.mvc.perform(post("/feedback/peers/{id}", skp).cookie(owner).with(csrf()).param("nip", ANALIS))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.fixture.message("monitoring.feedback.peer.self"))));
		this.mvc
			.perform(post("/feedback/peers/{id}", skp).cookie(owner)
				.with(csrf())
				.param("nip", PENGOLAH)
				.param("note", "Mohon masukan tentang kerja sama tim."))
			.andExpect(redirectedUrl("/feedback/peers/" + skp));
		// The peer sees the request and writes through the panel.
		assertThat(html(peer, "/feedback")).contains(this.fixture.message("monitoring.feedback.requests.title"))
			.contains("Mohon masukan tentang kerja sama tim.")
			.contains("hx-get=\"/feedback/skp/" + skp + "\"");
		assertThat(html(peer, "/feedback/skp/{id}", skp)).contains("feedback-form").doesNotContain("REALISATION:");
		this.mvc
			.perform(post("/feedback/skp/{id}", skp).cookie(peer)
				.with(csrf())
				.header("HX-Request", "true")
				.param("about", "VALUE:HARMONIS")
				.param("text", "Masukan rahasia rekan 2079."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Masukan rahasia rekan 2079.")));

		// Hidden by default: not on the owner's panel nor inbox.
		for (String page : new String[] { html(owner, "/feedback/skp/{id}", skp), html(owner, "/feedback") }) {
			assertThat(page).doesNotContain("Masukan rahasia rekan 2079.")
				.doesNotContain(PENGOLAH)
				.doesNotContain(peerName)
				.doesNotContain(peerNameInHtml);
		}
		// Visible when the admin allows it, but never with its author.
		assertThat(html(TestSignIn.session(this.mvc, "admin"), "/feedback/settings")).contains("peer-visible");
		this.mvc.perform(get("/feedback/settings").cookie(owner)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/feedback/settings").cookie(TestSignIn.session(this.mvc, "admin"))
				.with(csrf())
				.param("peerVisibleToEmployee", "true"))
			.andExpect(redirectedUrl("/feedback/settings"));
		for (String page : new String[] { html(owner, "/feedback/skp/{id}", skp), html(owner, "/feedback") }) {
			assertThat(page).contains("Masukan rahasia rekan 2079.")
				.contains(this.fixture.message("monitoring.feedback.anonymous"))
				.doesNotContain(PENGOLAH)
				.doesNotContain(peerName)
				.doesNotContain(peerNameInHtml);
		}
		// The pejabat penilai sees who wrote it.
		assertThat(html(supervisor, "/feedback/skp/{id}", skp)).contains("Masukan rahasia rekan 2079.")
			.contains(peerNameInHtml);
		// Withdrawn: the request and the panel are gone for the peer.
		String version = this.jdbc.sql("SELECT version FROM peer_invitation WHERE skp_id = :skp")
			.param("skp", skp)
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/feedback/peers/{id}/withdraw", skp).cookie(owner)
				.with(csrf())
				.param("nip", PENGOLAH)
				.param("version", version))
			.andExpect(redirectedUrl("/feedback/peers/" + skp));
		assertThat(html(peer, "/feedback")).doesNotContain("Mohon masukan tentang kerja sama tim.");
		assertThat(html(peer, "/feedback/skp/{id}", skp)).contains("feedback-panel d-none");
		this.mvc.perform(
				post("/feedback/skp/{id}", skp).cookie(peer).with(csrf()).param("about", "SKP").param("text", "Lagi"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Lagi"))));
	}

}
