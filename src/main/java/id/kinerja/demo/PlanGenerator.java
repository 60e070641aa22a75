package id.kinerja.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import id.kinerja.agency.PositionType;
import id.kinerja.planning.Aspect;
import id.kinerja.planning.OrgGoal;
import id.kinerja.planning.Perspective;
import id.kinerja.planning.PlanLoader;
import id.kinerja.planning.RhkKind;
import id.kinerja.planning.SkpStatus;

import org.springframework.stereotype.Component;

/**
 * Gives a stored blueprint's people plausible plans of a year: four agency goals, two
 * goals per top-level unit supporting them, and an SKP for everyone cascaded down the
 * reporting lines — JPT plans grouped by perspective and derived from the goals, every
 * other RHK supporting one of the supervisor's, quantitative indicators with aspects,
 * numbers and units, Indonesian texts that fit the post. About 92 % approved, the rest
 * left in draft, submitted or returned; the same seed gives the same plans. Stored
 * through {@link PlanLoader} (bulk inserts, every row audited).
 */
@Component
class PlanGenerator {

	private final PlanLoader loader;

	PlanGenerator(PlanLoader loader) {
		this.loader = loader;
	}

	private static final String[][] AGENCY_GOALS = {
			{ "Meningkatnya kualitas pelayanan publik yang cepat, mudah dan terjangkau", "Indeks Kepuasan Masyarakat",
					"85", "indeks" },
			{ "Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan daerah", "Nilai evaluasi SAKIP", "80",
					"nilai" },
			{ "Meningkatnya profesionalitas dan kinerja aparatur sipil negara", "Indeks Profesionalitas ASN", "80",
					"indeks" },
			{ "Meningkatnya kualitas pembangunan infrastruktur dan tata ruang kota",
					"Persentase jalan kota dalam kondisi mantap", "90", "%" } };

	/** JPT RHKs by perspective: {perspective, text}; {unit} is the unit's name. */
	private static final String[][] JPT_RHK = { { "PENERIMA_LAYANAN", "Meningkatnya kepuasan penerima layanan {unit}" },
			{ "PROSES_BISNIS", "Terwujudnya proses bisnis {unit} yang efektif dan terdigitalisasi" },
			{ "PENGUATAN_INTERNAL", "Meningkatnya kapasitas dan integritas aparatur {unit}" },
			{ "ANGGARAN", "Terwujudnya pengelolaan anggaran {unit} yang efisien dan akuntabel" } };

	private static final String[] ADMINISTRATOR_RHK = { "Terlaksananya program {unit} sesuai rencana kerja tahunan",
			"Meningkatnya capaian sasaran kinerja {unit}", "Tersusunnya kebijakan teknis {unit} yang tepat sasaran" };

	private static final String[] PENGAWAS_RHK = { "Terlaksananya kegiatan {unit} tepat waktu dan sesuai standar",
			"Tersusunnya laporan pelaksanaan kegiatan {unit}", "Terkelolanya data dan dokumen kegiatan {unit}" };

	private static final String[] FUNGSIONAL_RHK = { "Tersusunnya hasil kajian dan analisis bidang {post}",
			"Terlaksananya layanan teknis {post} sesuai standar pelayanan",
			"Tersusunnya rekomendasi perbaikan layanan {unit}" };

	private static final String[] PELAKSANA_RHK = { "Terselesaikannya pengolahan data administrasi {unit}",
			"Tersedianya dokumen dan arsip kegiatan {unit} yang tertib",
			"Terlaksananya dukungan layanan administrasi {unit} tepat waktu" };

	private static final String[] TAMBAHAN_RHK = { "Terlaksananya tugas tambahan sebagai anggota tim kerja {unit}",
			"Tersusunnya bahan pembinaan dan sosialisasi di lingkungan {unit}" };

	/** Quantity indicators: {text, target, unit}. */
	private static final String[][] QUANTITY = { { "Jumlah dokumen yang diselesaikan", "12", "dokumen" },
			{ "Jumlah laporan yang disusun", "4", "laporan" }, { "Jumlah kegiatan yang dilaksanakan", "6", "kegiatan" },
			{ "Jumlah layanan yang diselesaikan", "120", "layanan" },
			{ "Jumlah rekomendasi yang disampaikan", "3", "rekomendasi" } };

	/**
	 * Create the goals and the plans of the year for the stored blueprint; return what
	 * was stored (the goals in one transaction, the plans a chunk per transaction).
	 */
	PlanLoader.Stored generate(long agencyId, AgencyBlueprint blueprint, AgencyLoader.Loaded loaded, int year,
			long seed) {
		Map<String, AgencyBlueprint.Unit> units = new HashMap<>();
		blueprint.units().forEach((unit) -> units.put(unit.code(), unit));
		List<PlanLoader.NewGoal> goals = new ArrayList<>();
		for (String[] goal : AGENCY_GOALS) {
			goals.add(new PlanLoader.NewGoal(null, -1, "SS-" + (goals.size() + 1), goal[0],
					List.of(new OrgGoal.GoalIndicator(goal[1], goal[2], goal[3]))));
		}
		Map<String, Integer> firstGoalOfTop = new HashMap<>();
		int top = 0;
		for (AgencyBlueprint.Unit unit : blueprint.units()) {
			if (unit.parentCode() != null) {
				continue;
			}
			top++;
			String shortName = (unit.abbreviation() != null) ? unit.abbreviation() : unit.name();
			firstGoalOfTop.put(unit.code(), goals.size());
			goals.add(new PlanLoader.NewGoal(loaded.unitIds().get(unit.code()), top % AGENCY_GOALS.length,
					"SK-" + top + "-1", "Meningkatnya kinerja layanan " + unit.name(),
					List.of(new OrgGoal.GoalIndicator("Persentase layanan " + shortName + " yang selesai tepat waktu",
							"95", "%"))));
			goals.add(new PlanLoader.NewGoal(loaded.unitIds().get(unit.code()), 1, "SK-" + top + "-2",
					"Terwujudnya tata kelola " + unit.name() + " yang akuntabel",
					List.of(new OrgGoal.GoalIndicator("Nilai evaluasi SAKIP " + shortName, "80", "nilai"))));
		}
		long[] goalIds = this.loader.createGoals(agencyId, year, goals);
		Random random = new Random(seed * 31 + year);
		List<PlanLoader.NewPlan> plans = new ArrayList<>(blueprint.people().size());
		for (int i = 0; i < blueprint.people().size(); i++) {
			AgencyBlueprint.Person person = blueprint.people().get(i);
			AgencyBlueprint.Post post = blueprint.posts().get(person.post());
			AgencyBlueprint.Unit unit = units.get(post.unitCode());
			String topCode = topOf(unit, units);
			// A head's plan left unapproved holds up everyone below (their plans stay
			// drafts), so heads rarely leave theirs open and JPT never do.
			double draw = random.nextDouble();
			SkpStatus status;
			if (post.type().isJpt()) {
				status = SkpStatus.APPROVED;
			}
			else if (post.type().isStructural()) {
				status = (draw < 0.003) ? SkpStatus.DRAFT : (draw < 0.005) ? SkpStatus.SUBMITTED : SkpStatus.APPROVED;
			}
			else {
				status = (draw < 0.015) ? SkpStatus.DRAFT : (draw < 0.03) ? SkpStatus.SUBMITTED
						: (draw < 0.045) ? SkpStatus.RETURNED : SkpStatus.APPROVED;
			}
			List<PlanLoader.NewRhk> rhks = post.type().isJpt()
					? jptRhks(post, unit, topCode, firstGoalOfTop, goalIds, i) : staffRhks(post, unit, random, i);
			plans.add(new PlanLoader.NewPlan(loaded.employeeIds()[i], status, rhks));
		}
		return this.loader.createPlans(agencyId, year, plans);
	}

	private static String topOf(AgencyBlueprint.Unit unit, Map<String, AgencyBlueprint.Unit> units) {
		AgencyBlueprint.Unit current = unit;
		while (current.parentCode() != null) {
			current = units.get(current.parentCode());
		}
		return current.code();
	}

	private static List<PlanLoader.NewRhk> jptRhks(AgencyBlueprint.Post post, AgencyBlueprint.Unit unit, String topCode,
			Map<String, Integer> firstGoalOfTop, long[] goalIds, int index) {
		List<PlanLoader.NewRhk> rhks = new ArrayList<>();
		boolean top = post.reportsTo() < 0;
		// The regional secretary's plan derives from the agency's goals, an OPD head's
		// from
		// the unit's, any other JPT's from an agency goal.
		Integer unitGoal = (!top && post.headsUnit() && unit.parentCode() == null) ? firstGoalOfTop.get(topCode) : null;
		for (int k = 0; k < 3; k++) {
			String[] template = JPT_RHK[(index + k) % JPT_RHK.length];
			Long goal;
			if (unitGoal != null) {
				goal = goalIds[unitGoal + (k % 2)];
			}
			else {
				goal = goalIds[(top ? k : index + k) % AGENCY_GOALS.length];
			}
			rhks.add(new PlanLoader.NewRhk(fill(template[1], unit, post), RhkKind.UTAMA, top ? -1 : index + k, goal,
					Perspective.valueOf(template[0]),
					List.of(new PlanLoader.NewIndicator("Indeks kepuasan penerima layanan " + shortName(unit),
							Aspect.KUALITAS, "85", "indeks"),
							new PlanLoader.NewIndicator("Persentase sasaran " + shortName(unit) + " yang tercapai",
									Aspect.KUANTITAS, "100", "%"))));
		}
		return rhks;
	}

	private static List<PlanLoader.NewRhk> staffRhks(AgencyBlueprint.Post post, AgencyBlueprint.Unit unit,
			Random random, int index) {
		String[] templates = switch (post.type()) {
			case ADMINISTRATOR -> ADMINISTRATOR_RHK;
			case PENGAWAS -> PENGAWAS_RHK;
			case FUNGSIONAL -> FUNGSIONAL_RHK;
			default -> PELAKSANA_RHK;
		};
		List<PlanLoader.NewRhk> rhks = new ArrayList<>();
		int utama = (post.type() == PositionType.ADMINISTRATOR || post.type() == PositionType.PENGAWAS) ? 3 : 2;
		for (int k = 0; k < utama; k++) {
			String[] quantity = QUANTITY[(index + k) % QUANTITY.length];
			int target = Integer.parseInt(quantity[1]) + random.nextInt(4);
			rhks.add(new PlanLoader.NewRhk(fill(templates[(index + k) % templates.length], unit, post), RhkKind.UTAMA,
					index + k, null, null,
					List.of(new PlanLoader.NewIndicator(quantity[0], Aspect.KUANTITAS, String.valueOf(target),
							quantity[2]),
							new PlanLoader.NewIndicator("Persentase hasil kerja yang sesuai standar mutu",
									Aspect.KUALITAS, "100", "%"),
							new PlanLoader.NewIndicator("Waktu penyelesaian hasil kerja", Aspect.WAKTU, "12",
									"bulan"))));
		}
		if (random.nextInt(3) == 0) {
			rhks.add(new PlanLoader.NewRhk(fill(TAMBAHAN_RHK[index % TAMBAHAN_RHK.length], unit, post),
					RhkKind.TAMBAHAN, index + utama, null, null,
					List.of(new PlanLoader.NewIndicator("Jumlah kegiatan tim yang diikuti", Aspect.KUANTITAS, "4",
							"kegiatan"))));
		}
		return rhks;
	}

	private static String fill(String template, AgencyBlueprint.Unit unit, AgencyBlueprint.Post post) {
		return template.replace("{unit}", unit.name()).replace("{post}", subject(post));
	}

	/**
	 * The field of a functional post: its name without the level ("Analis SDM Aparatur").
	 */
	private static String subject(AgencyBlueprint.Post post) {
		String name = post.name();
		for (String level : List.of(" Ahli Utama", " Ahli Madya", " Ahli Muda", " Ahli Pertama", " Penyelia", " Mahir",
				" Terampil", " Pemula")) {
			int at = name.indexOf(level);
			if (at > 0) {
				name = name.substring(0, at);
			}
		}
		return name.toLowerCase(Locale.ROOT);
	}

	private static String shortName(AgencyBlueprint.Unit unit) {
		return (unit.abbreviation() != null) ? unit.abbreviation() : unit.name();
	}

}
