package id.kinerja.monitoring.late;

import java.time.LocalDate;
import java.util.EnumSet;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestClock;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static id.kinerja.monitoring.late.LateChain.ADMIN_OPD;
import static id.kinerja.monitoring.late.LateChain.ANALIS;
import static id.kinerja.monitoring.late.LateChain.KABID;
import static id.kinerja.monitoring.late.LateChain.KASUBBID;
import static id.kinerja.monitoring.late.LateChain.PENGOLAH;

/** The late-work API on the demo agency; years 2090–2094. */
@DemoAgencyTest
class LateWorkApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	AccountService accounts;

	LateChain chain;

	@BeforeEach
	void setUp() {
		this.chain = new LateChain(this.mvc);
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	static String rows(String kind, String nip) {
		return "$.rows[?(@.kind == '" + kind + "' && @.nip == '" + nip + "')]";
	}

	@Test
	void findsEachKindOfLateWorkOfASupervisorsTeamAndNotWhatIsDone() throws Exception {
		TestClock.pin(LocalDate.of(2090, 3, 14));
		long analis = this.chain.approvedToAnalyst(2090);
		this.chain.log(ANALIS, LocalDate.of(2090, 3, 9));
		this.chain.log(PENGOLAH, LocalDate.of(2090, 3, 1));

		// The default period is the latest whose deadline has passed: February (due 5
		// March).
		this.chain.late(KASUBBID, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2090-02"))
			.andExpect(jsonPath("$.deadline").value("2090-03-05"))
			.andExpect(jsonPath("$.currentPeriod").value("2090-03"))
			.andExpect(jsonPath("$.scope").value("SUPERVISOR"))
			.andExpect(jsonPath("$.logWindowStart").value("2090-03-07"))
			// No plan at all for the colleague, an approved plan for the analyst.
			.andExpect(jsonPath(rows("NO_SKP", PENGOLAH), hasSize(1)))
			.andExpect(jsonPath(rows("NO_SKP", PENGOLAH) + ".days", hasItem(42)))
			.andExpect(jsonPath(rows("NO_SKP", ANALIS), empty()))
			.andExpect(jsonPath(rows("SKP_NOT_APPROVED", ANALIS), empty()))
			// The colleague's last entry is 8 working days old; the analyst logged in the
			// window.
			.andExpect(jsonPath(rows("NO_DAILY_LOG", PENGOLAH) + ".since", hasItem("2090-03-01")))
			.andExpect(jsonPath(rows("NO_DAILY_LOG", PENGOLAH) + ".days", hasItem(8)))
			.andExpect(jsonPath(rows("NO_DAILY_LOG", ANALIS), empty()))
			// The analyst's February realisation is 9 days overdue; the colleague has no
			// plan to report on.
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".days", hasItem(9)))
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".period", hasItem("2090-02")))
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".supervisorNip", hasItem(KASUBBID)))
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".unitCode", hasItem("BKPSDM.PKA.S1")))
			.andExpect(
					jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".position", hasItem("Analis SDM Aparatur Ahli Pertama")))
			.andExpect(jsonPath(rows("NOT_SUBMITTED", PENGOLAH), empty()))
			.andExpect(jsonPath(rows("SUBMITTED_LATE", ANALIS), empty()))
			.andExpect(jsonPath(rows("NOT_ACKNOWLEDGED", ANALIS), empty()));
		// A wider log window takes the colleague's entry in.
		this.chain.late(KASUBBID, "days=10").andExpect(jsonPath(rows("NO_DAILY_LOG", PENGOLAH), empty()));

		// A draft plan after the SKP deadline is late, no longer missing.
		this.chain.draft(PENGOLAH, 2090);
		this.chain.late(KASUBBID, "period=2090-02")
			.andExpect(jsonPath(rows("NO_SKP", PENGOLAH), empty()))
			.andExpect(jsonPath(rows("SKP_NOT_APPROVED", PENGOLAH) + ".since", hasItem("2090-01-31")))
			.andExpect(jsonPath(rows("SKP_NOT_APPROVED", PENGOLAH) + ".days", hasItem(42)));

		// An extension reopens February; the analyst submits on 14 March, 9 days after
		// the
		// standard deadline, and waits for the Kepala Subbidang from then on.
		this.chain.extend("BKPSDM.PKA", "2090-02", LocalDate.of(2090, 3, 20));
		this.chain.late(KASUBBID, "period=2090-02").andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), empty()));
		this.chain.submit(analis, "2090-02");
		TestClock.pin(LocalDate.of(2090, 3, 16));
		String json = this.chain.late(KASUBBID, "period=2090-02")
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), empty()))
			.andExpect(jsonPath(rows("SUBMITTED_LATE", ANALIS) + ".since", hasItem("2090-03-14")))
			.andExpect(jsonPath(rows("SUBMITTED_LATE", ANALIS) + ".deadline", hasItem("2090-03-05")))
			.andExpect(jsonPath(rows("SUBMITTED_LATE", ANALIS) + ".days", hasItem(9)))
			.andExpect(jsonPath(rows("NOT_ACKNOWLEDGED", ANALIS) + ".days", hasItem(2)))
			.andExpect(jsonPath(rows("NOT_ACKNOWLEDGED", ANALIS) + ".supervisorNip", hasItem(KASUBBID)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The counts at the top count the rows of each kind.
		for (LateKind kind : LateKind.values()) {
			int rows = JsonPath.<java.util.List<?>>read(json, "$.rows[?(@.kind == '" + kind + "')]").size();
			assertThat(JsonPath.<Integer>read(json, "$.counts." + kind)).as(kind.name()).isEqualTo(rows);
		}
		assertThat(JsonPath.<Integer>read(json, "$.total"))
			.isEqualTo(JsonPath.<java.util.List<?>>read(json, "$.rows").size());
		// Only one kind when asked; the counts stay whole.
		this.chain.late(KASUBBID, "period=2090-02&kind=NOT_ACKNOWLEDGED")
			.andExpect(jsonPath("$.rows[*].kind", everyItem(org.hamcrest.Matchers.is("NOT_ACKNOWLEDGED"))))
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.counts.NO_DAILY_LOG", greaterThan(0)));
		// The one above sees it under the supervisor who owes it.
		this.chain.late(KABID, "period=2090-02&line=true")
			.andExpect(jsonPath(rows("NOT_ACKNOWLEDGED", ANALIS) + ".supervisorName", hasItem("Dewi Lestari, S.E.")));

		// Once acknowledged it no longer waits; it stays late.
		this.chain.acknowledge(analis, "2090-02");
		this.chain.late(KASUBBID, "period=2090-02")
			.andExpect(jsonPath(rows("NOT_ACKNOWLEDGED", ANALIS), empty()))
			.andExpect(jsonPath(rows("SUBMITTED_LATE", ANALIS), hasSize(1)));
		// A period whose deadline has not come yet has nothing overdue.
		this.chain.late(KASUBBID, "period=2090-03").andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), empty()));
	}

	@Test
	void anExtensionForTheUnitOrAUnitAboveMovesTheDeadline() throws Exception {
		TestClock.pin(LocalDate.of(2091, 3, 4));
		this.chain.approvedToAnalyst(2091);
		// On 4 March February's deadline (5 March) has not passed: the default is
		// January.
		this.chain.late(KASUBBID, "").andExpect(jsonPath("$.period").value("2091-01"));
		this.chain.late(KASUBBID, "period=2091-02").andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), empty()));

		TestClock.pin(LocalDate.of(2091, 3, 12));
		this.chain.late(KASUBBID, "period=2091-02").andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), hasSize(1)));
		// Extensions for another unit, a sibling and another period do not apply.
		this.chain.extend("DINKES", "2091-02", LocalDate.of(2091, 3, 20));
		this.chain.extend("BKPSDM.MUTASI", "2091-02", LocalDate.of(2091, 3, 20));
		this.chain.extend("BKPSDM.PKA", "2091-01", LocalDate.of(2091, 3, 20));
		this.chain.late(KASUBBID, "period=2091-02")
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".deadline", hasItem("2091-03-05")));
		// One for the Bidang above the Subbidang moves it for the analyst ...
		long extension = this.chain.extend("BKPSDM.PKA", "2091-02", LocalDate.of(2091, 3, 15));
		this.chain.late(KASUBBID, "period=2091-02")
			.andExpect(jsonPath("$.deadline").value("2091-03-05"))
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), empty()));
		// ... until it is revoked.
		this.chain.revoke(extension);
		this.chain.late(KASUBBID, "period=2091-02").andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS), hasSize(1)));
		// Once an extended deadline has passed too, the report is late by the days since.
		this.chain.extend("BKPSDM", "2091-02", LocalDate.of(2091, 3, 15));
		TestClock.pin(LocalDate.of(2091, 3, 17));
		this.chain.late(KASUBBID, "period=2091-02")
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".deadline", hasItem("2091-03-15")))
			.andExpect(jsonPath(rows("NOT_SUBMITTED", ANALIS) + ".days", hasItem(2)));
	}

	@Test
	void showsEachSideOnlyWhatItMaySee() throws Exception {
		TestClock.pin(LocalDate.of(2092, 3, 12));
		String period = "period=2092-02";
		// The supervisor: the direct team by default, or named.
		this.chain.late(KASUBBID, period)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scopeName").value(KASUBBID))
			.andExpect(jsonPath("$.rows[*].nip", hasItem(ANALIS)))
			.andExpect(jsonPath("$.rows[*].nip", hasItem(PENGOLAH)));
		// The one above: a supervisor's team below them, or the whole line.
		this.chain.late(KABID, period + "&supervisor=" + KASUBBID)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].nip", hasItem(ANALIS)));
		this.chain.late(KABID, period + "&line=true")
			.andExpect(jsonPath("$.scope").value("LINE"))
			.andExpect(jsonPath("$.rows[*].nip", hasItem(ANALIS)))
			.andExpect(jsonPath("$.rows[*].nip", hasItem(KASUBBID)));
		this.chain.late(KABID, period).andExpect(jsonPath("$.rows[*].nip", not(hasItem(ANALIS))));
		// Not upwards, not a colleague's, not without subordinates, not a unit.
		this.chain.late(KASUBBID, period + "&supervisor=" + KABID)
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail", containsString("tidak berhak")));
		this.chain.late(PENGOLAH, period + "&supervisor=" + KASUBBID).andExpect(status().isForbidden());
		this.chain.late(PENGOLAH, period).andExpect(status().isForbidden());
		this.chain.late(KASUBBID, period + "&unit=BKPSDM").andExpect(status().isForbidden());
		// The Admin OPD: the units of BKPSDM, not another OPD.
		this.chain.late(ADMIN_OPD, period + "&unit=BKPSDM.PKA")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("UNIT"))
			.andExpect(jsonPath("$.rows[*].nip", hasItem(ANALIS)))
			.andExpect(jsonPath("$.rows[*].unitCode", everyItem(startsWith("BKPSDM.PKA"))));
		this.chain.late(ADMIN_OPD, period)
			.andExpect(jsonPath("$.rows[*].unitCode", everyItem(startsWith("BKPSDM"))))
			.andExpect(jsonPath("$.rows[*].nip", hasItem(ANALIS)));
		this.chain.late(ADMIN_OPD, period + "&supervisor=" + KASUBBID).andExpect(status().isOk());
		this.chain.late(ADMIN_OPD, period + "&unit=DINKES").andExpect(status().isForbidden());
		// Admin BKPSDM and Auditor: the whole agency.
		for (String reader : new String[] { "admin", "auditor" }) {
			this.chain.late(reader, period)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.scope").value("AGENCY"))
				.andExpect(jsonPath("$.people", greaterThan(250)))
				.andExpect(jsonPath("$.rows[*].unitCode", hasItem(startsWith("DINKES"))));
			this.chain.late(reader, period + "&unit=DINKES")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rows[*].nip", not(hasItem(ANALIS))));
		}
		// Another agency's admin sees nothing of this one: its units and people are
		// unknown there.
		Agency other = this.agencies
			.save(Agency.create("KAB-TELAT", "Pemerintah Kabupaten Telat", AgencyType.KABUPATEN));
		this.accounts.createAccount(other.getId(), "admin-telat", "Admin Kabupaten Telat", "rahasia-telat-1", false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		String otherAdmin = TestSignIn.bearer(this.mvc, "admin-telat", "rahasia-telat-1");
		this.mvc.perform(get("/api/v1/monitoring/late?unit=BKPSDM").header("Authorization", otherAdmin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		this.mvc.perform(get("/api/v1/monitoring/late?supervisor=" + KASUBBID).header("Authorization", otherAdmin))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisor"));
		this.mvc.perform(get("/api/v1/monitoring/late?" + period).header("Authorization", otherAdmin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people").value(0))
			.andExpect(jsonPath("$.rows", empty()));
		// Without a sign-in: 401.
		this.mvc.perform(get("/api/v1/monitoring/late")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesBadParametersNamingEach() throws Exception {
		TestClock.pin(LocalDate.of(2093, 5, 12));
		this.chain.late("admin", "period=2093-13")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message", containsString("tidak dikenal")));
		this.chain.late("admin", "period=bulan-lalu").andExpect(jsonPath("$.errors[0].field").value("period"));
		this.chain.late("admin", "period=2101-01")
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message", containsString("2020 dan 2100")));
		// A quarter in a monthly year.
		this.chain.late("admin", "period=2093-Q1")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"))
			.andExpect(jsonPath("$.errors[0].message", containsString("frekuensi")))
			.andExpect(jsonPath("$.errors[0].message", containsString("2093-01")));
		for (String days : new String[] { "0", "61", "lima" }) {
			this.chain.late("admin", "days=" + days)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("days"))
				.andExpect(jsonPath("$.errors[0].message", containsString("1 sampai 60")));
		}
		this.chain.late("admin", "days=60").andExpect(status().isOk());
		this.chain.late("admin", "unit=TIDAK-ADA")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unit"))
			.andExpect(jsonPath("$.errors[0].message", containsString("TIDAK-ADA")));
		this.chain.late("admin", "supervisor=123")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisor"));
		this.chain.late("admin", "kind=LUPA")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		this.chain.late(KASUBBID, "line=mungkin")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("line"));
		// Several at once, each named; in English when asked.
		this.mvc
			.perform(get("/api/v1/monitoring/late?period=x&days=99&kind=y")
				.header("Authorization", this.chain.token("admin"))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("period")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("days")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[?(@.field == 'days')].message", hasItem(containsString("whole number"))));
	}

	@Test
	void followsAQuarterlyYear() throws Exception {
		int year = 2094;
		TestClock.pin(LocalDate.of(year, 5, 10));
		long version = ((Number) JsonPath.read(
				this.mvc.perform(get("/api/v1/periods/{year}", year).header("Authorization", this.chain.token("admin")))
					.andReturn()
					.getResponse()
					.getContentAsString(),
				"$.version"))
			.longValue();
		this.mvc
			.perform(put("/api/v1/periods/{year}", year).header("Authorization", this.chain.token("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"frequency": "QUARTERLY", "skpDeadline": "%d-01-31", "realisationDeadlineDay": 5,
						 "ratingDeadlineDay": 10, "annualDeadline": "%d-01-31", "curveEnforcement": "WARNING",
						 "curveScope": "UNIT", "appealDays": 14, "regionalHeadRatesJpt": false, "version": %d}"""
					.formatted(year, year + 1, version)))
			.andExpect(status().isOk());
		// On 10 May the first quarter (due 5 April) is the latest past its deadline.
		this.chain.late(KASUBBID, "")
			.andExpect(jsonPath("$.period").value("2094-Q1"))
			.andExpect(jsonPath("$.deadline").value("2094-04-05"))
			.andExpect(jsonPath("$.currentPeriod").value("2094-Q2"));
		this.chain.late(KASUBBID, "period=2094-04")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("2094-Q1")));
	}

}
