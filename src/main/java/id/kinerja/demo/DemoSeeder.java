package id.kinerja.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.Golongan;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds "Pemerintah Kota Contoh" on first start: only in demo mode ({@code KINERJA_DEMO},
 * on by default for the embedded database), only when the database holds no agency, in
 * one transaction. The agency comes from {@link AgencyGenerator} (about 300 employees,
 * the named demo people in their seats, an acting head for Dinas Kesehatan and a few
 * deliberate structure flaws) and is stored through the services' bulk methods, so the
 * seeding shows in the audit trail like any other change. Everyone gets a plan of the
 * current year (the year of the app's clock) from {@link PlanGenerator}, most of them
 * approved.
 */
@Component
class DemoSeeder implements ApplicationRunner {

	static final String AGENCY_CODE = "KOTA-CONTOH";

	static final String AGENCY_NAME = "Pemerintah Kota Contoh";

	static final String PASSWORD = "kinerja-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final AgencyRepository agencies;

	private final UnitService units;

	private final AccountService accounts;

	private final TransactionTemplate transactions;

	private final AgencyLoader loader;

	private final PlanGenerator plans;

	private final id.kinerja.monitoring.MonitoringLoader monitoring;

	private final id.kinerja.evaluation.EvaluationLoader evaluation;

	private final id.kinerja.monitoring.dialogue.DialogueService dialogues;

	private final id.kinerja.monitoring.dialogue.CoachingService coaching;

	private final id.kinerja.employee.EmployeeRepository employees;

	private final Clock clock;

	private final boolean enabled;

	DemoSeeder(AgencyRepository agencies, UnitService units, AccountService accounts, TransactionTemplate transactions,
			AgencyLoader loader, PlanGenerator plans, id.kinerja.monitoring.MonitoringLoader monitoring,
			id.kinerja.evaluation.EvaluationLoader evaluation, id.kinerja.monitoring.dialogue.DialogueService dialogues,
			id.kinerja.monitoring.dialogue.CoachingService coaching, id.kinerja.employee.EmployeeRepository employees,
			Clock clock, Environment environment, @Value("${kinerja.demo:}") String demoSetting) {
		this.plans = plans;
		this.monitoring = monitoring;
		this.evaluation = evaluation;
		this.dialogues = dialogues;
		this.coaching = coaching;
		this.employees = employees;
		this.clock = clock;
		this.agencies = agencies;
		this.units = units;
		this.accounts = accounts;
		this.transactions = transactions;
		this.loader = loader;
		this.enabled = demoEnabled(demoSetting, environment.getProperty("spring.datasource.url", ""));
	}

	/** Demo mode: as set, or else on for the embedded (H2) database only. */
	static boolean demoEnabled(String setting, String databaseUrl) {
		if (!setting.isBlank()) {
			return Boolean.parseBoolean(setting.strip());
		}
		return databaseUrl.startsWith("jdbc:h2:");
	}

	record DemoUnit(String code, String name, String abbreviation, @Nullable String parentCode) {
	}

	static final List<DemoUnit> UNITS = List.of(new DemoUnit("SETDA", "Sekretariat Daerah", "Setda", null),
			new DemoUnit("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", null),
			new DemoUnit("DISDIK", "Dinas Pendidikan", "Disdik", null),
			new DemoUnit("DINKES", "Dinas Kesehatan", "Dinkes", null),
			new DemoUnit("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", null),
			new DemoUnit("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda", null),
			new DemoUnit("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", null),
			new DemoUnit("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", null),
			new DemoUnit("INSPEKTORAT", "Inspektorat Daerah", "Inspektorat", null),
			new DemoUnit("DISKOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo", null),
			new DemoUnit("BKPSDM.MUTASI", "Bidang Mutasi dan Promosi", "Bid. Mutasi", "BKPSDM"),
			new DemoUnit("BKPSDM.PKA", "Bidang Penilaian Kinerja Aparatur dan Penghargaan", "Bid. PKA", "BKPSDM"));

	/**
	 * A named demo person, used in examples and tests.
	 *
	 * @param nip the NIP (the username)
	 * @param name the printed name with titles
	 * @param golongan the rank
	 * @param seat where the person works
	 */
	record DemoEmployee(String nip, String name, Golongan golongan, AgencyGenerator.Seat seat) {
	}

	static final List<DemoEmployee> EMPLOYEES = List.of(
			new DemoEmployee("197004121995031002", "Dr. Ir. H. Ahmad Syarifuddin, M.Si.", Golongan.IV_D,
					new AgencyGenerator.Seat("SETDA", "Sekretaris Daerah", PositionType.JPT_MADYA, null)),
			new DemoEmployee("197508232000122001", "Sri Wahyuni, S.Sos., M.AP.", Golongan.IV_C,
					new AgencyGenerator.Seat("BKPSDM", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
							PositionType.JPT_PRATAMA, null)),
			new DemoEmployee("198001052005011003", "Bambang Hermawan, S.T., M.M.", Golongan.IV_A,
					new AgencyGenerator.Seat("BKPSDM.PKA", "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan",
							PositionType.ADMINISTRATOR, null)),
			new DemoEmployee("198506172010012004", "Dewi Lestari, S.E.", Golongan.III_C,
					new AgencyGenerator.Seat("BKPSDM.PKA.S1", "Kepala Subbidang Penilaian Kinerja",
							PositionType.PENGAWAS, null)),
			new DemoEmployee("199203102019031005", "Rizky Pratama, S.Psi.", Golongan.III_C,
					new AgencyGenerator.Seat("BKPSDM.PKA.S1", "Analis SDM Aparatur Ahli Pertama",
							PositionType.FUNGSIONAL, Jenjang.AHLI_PERTAMA)),
			new DemoEmployee("199511282020122006", "Nur'aini Siregar", Golongan.II_C,
					new AgencyGenerator.Seat("BKPSDM.PKA.S1", "Pengolah Data Kinerja", PositionType.PELAKSANA, null)),
			new DemoEmployee("199007142022211001", "Yohanes Situmorang, A.Md.", Golongan.PPPK_V,
					new AgencyGenerator.Seat("BKPSDM.MUTASI.S1", "Penata Layanan Operasional", PositionType.PELAKSANA,
							null)),
			new DemoEmployee("199304022018012001", "Putu Ayu Larasati, S.Kom.", Golongan.III_A,
					new AgencyGenerator.Seat("BKPSDM.SEKRETARIAT.UMUM", "Pengelola Data", PositionType.PELAKSANA,
							null)));

	/** The Admin OPD of the demo: administers BKPSDM's subtree. */
	static final String ADMIN_OPD_NIP = "199304022018012001";

	/**
	 * The demo's year-end: Bidang Mutasi dan Promosi is left with too many Baik and
	 * nobody below it (in violation of its curve, not finalised, calibration to do); the
	 * analyst or, failing him, another staff member has filed an appeal.
	 */
	static final id.kinerja.evaluation.EvaluationLoader.Options EVALUATION = new id.kinerja.evaluation.EvaluationLoader.Options(
			"BKPSDM.MUTASI", List.of(EMPLOYEES.get(4).nip(), EMPLOYEES.get(5).nip(), EMPLOYEES.get(6).nip()));

	/** The seed of the demo's people and plans. */
	static final long SEED = 42L;

	/** About how many employees the demo agency has. */
	static final int SIZE = 300;

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Boolean seeded = this.transactions.execute((status) -> seedIfEmpty());
		if (Boolean.TRUE.equals(seeded)) {
			log.info("""

					==============================================================
					 Kinerja demo: "Pemerintah Kota Contoh" is ready.
					 Sign in as agency admin:  admin / {}
					 or as any demo employee:  <NIP> / {}   (e.g. {})
					 auditor (read-only):      auditor / {}
					==============================================================""", PASSWORD, PASSWORD,
					EMPLOYEES.get(2).nip(), PASSWORD);
		}
	}

	/**
	 * Seed the demo agency unless the database already has an agency; say whether it did.
	 */
	boolean seedIfEmpty() {
		if (this.agencies.count() > 0) {
			return false;
		}
		Agency agency = this.agencies.save(Agency.create(AGENCY_CODE, AGENCY_NAME, AgencyType.KOTA));
		long agencyId = agency.getId();
		AgencyBlueprint blueprint = AgencyGenerator.generate(spec());
		checkNamedUnits(blueprint);
		AgencyLoader.Loaded loaded = this.loader.load(agencyId, blueprint);
		LocalDate today = LocalDate.now(this.clock);
		this.plans.generate(agencyId, blueprint, loaded, today.getYear(), SEED);
		this.monitoring.load(agencyId, today.getYear(), today, 15, SEED);
		log.info("Demo year-end of {}: {}", today.getYear(),
				this.evaluation.load(agencyId, today.getYear(), today, SEED, EVALUATION));
		long kabid = this.employees.findByNip(EMPLOYEES.get(2).nip()).orElseThrow().getId();
		long kasubbid = this.employees.findByNip(EMPLOYEES.get(3).nip()).orElseThrow().getId();
		long analis = this.employees.findByNip(EMPLOYEES.get(4).nip()).orElseThrow().getId();
		this.dialogues.seedDemo(agencyId, kasubbid, analis, today);
		this.coaching.seedDemo(agencyId, kabid, kasubbid, today);
		String hash = this.accounts.hash(PASSWORD);
		this.accounts.createAccountWithHash(agencyId, "admin", "Admin BKPSDM Kota Contoh", hash, false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
		this.accounts.createAccountWithHash(agencyId, "auditor", "Auditor Inspektorat", hash, false,
				EnumSet.of(Role.AUDITOR), null);
		// One UPDATE for the ~300 employee accounts rather than a save (and its role
		// rows) each.
		this.accounts.setMissingPasswordsInBulk(agencyId, hash, false);
		this.accounts.grant(ADMIN_OPD_NIP, Role.ADMIN_OPD, this.units.require(agencyId, "BKPSDM").getId());
		return true;
	}

	/**
	 * The demo as the generator makes it: {@link #SIZE} employees, seed 42, the named
	 * people in their seats and the known structure flaws.
	 */
	static AgencyGenerator.Spec spec() {
		List<AgencyGenerator.NamedPerson> named = EMPLOYEES.stream()
			.map((employee) -> new AgencyGenerator.NamedPerson(employee.nip(), employee.name(), employee.golongan(),
					employee.seat()))
			.toList();
		return new AgencyGenerator.Spec(SIZE, SEED, AGENCY_CODE, AGENCY_NAME, named, Set.of(), true);
	}

	/** The units examples and tests name must come out of the generator as written. */
	private static void checkNamedUnits(AgencyBlueprint blueprint) {
		for (DemoUnit unit : UNITS) {
			boolean found = blueprint.units()
				.contains(new AgencyBlueprint.Unit(unit.code(), unit.name(), unit.abbreviation(), unit.parentCode()));
			if (!found) {
				throw new IllegalStateException("The generator no longer makes the demo unit " + unit.code());
			}
		}
	}

}
