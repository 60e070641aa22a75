package id.kinerja.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeService;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the people of a demo agency under its top-level units: the regional secretary, a
 * head for each OPD, a secretariat with two sub-sections, two fields (bidang) with two
 * sections each, staff (pelaksana, functional, a few PPPK) in every section, and one
 * vacant head post with an acting (Plt) holder. Deterministic for a seed; named demo
 * people take the posts written for them.
 */
@Component
class DemoStructure {

	static final LocalDate START = LocalDate.of(2025, 1, 2);

	private final UnitService units;

	private final PositionService positions;

	private final EmployeeService employees;

	DemoStructure(UnitService units, PositionService positions, EmployeeService employees) {
		this.units = units;
		this.positions = positions;
		this.employees = employees;
	}

	/**
	 * Where a named demo person sits: the unit, the post's name, type and level, and the
	 * post above.
	 */
	record Seat(String unitCode, String postName, PositionType type, @Nullable Jenjang jenjang) {
	}

	private static final Map<String, List<String>> FIELDS = Map.of("DISDUKCAPIL",
			List.of("Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil"), "DISDIK",
			List.of("Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama"), "DINKES",
			List.of("Bidang Pelayanan Kesehatan", "Bidang Pencegahan dan Pengendalian Penyakit"), "BAPPEDA",
			List.of("Bidang Perencanaan Ekonomi", "Bidang Perencanaan Infrastruktur"), "BPKAD",
			List.of("Bidang Anggaran", "Bidang Aset Daerah"), "DPUPR",
			List.of("Bidang Bina Marga", "Bidang Cipta Karya"), "INSPEKTORAT",
			List.of("Inspektur Pembantu Wilayah I", "Inspektur Pembantu Wilayah II"), "DISKOMINFO",
			List.of("Bidang Aplikasi Informatika", "Bidang Informasi dan Komunikasi Publik"));

	/**
	 * Build the structure; return how many employees were registered.
	 * @param agencyId the agency whose top-level units exist already
	 * @param opdCodes the OPD units (every top-level unit but the secretariat)
	 * @param size roughly how many employees to make
	 * @param named the named demo people by NIP, with their printed names
	 * @param seats where each named person sits
	 * @param seed the random seed
	 */
	int build(long agencyId, List<String> opdCodes, int size, Map<String, String> named, Map<String, Seat> seats,
			long seed) {
		DemoPeople people = new DemoPeople(seed);
		named.keySet().forEach(people::reserve);
		Builder builder = new Builder(agencyId, people, named, seats);
		Position sekda = builder.post("SETDA", "Sekretaris Daerah", PositionType.JPT_MADYA, null, null, true);
		builder.fill(sekda, "SETDA");
		int structuralPerOpd = 10;
		int staffUnitsPerOpd = 6;
		int remaining = Math.max(0, size - 1 - opdCodes.size() * (structuralPerOpd + 2));
		int staffUnits = opdCodes.size() * staffUnitsPerOpd;
		for (String opd : opdCodes) {
			Unit unit = this.units.require(agencyId, opd);
			String headName = "INSPEKTORAT".equals(opd) ? "Inspektur" : "Kepala " + unit.getName();
			Position head = builder.post(opd, headName, PositionType.JPT_PRATAMA, null, sekda, true);
			boolean vacantHead = "DINKES".equals(opd);
			if (!vacantHead) {
				builder.fill(head, opd);
			}
			List<Position> sections = new ArrayList<>();
			Unit secretariat = builder.unit(opd + ".SEKRETARIAT", "Sekretariat", opd);
			Position secretary = builder.post(secretariat.getCode(), "Sekretaris", PositionType.ADMINISTRATOR, null,
					head, true);
			Employee secretaryHolder = builder.fill(secretary, secretariat.getCode());
			if (vacantHead) {
				this.employees.assign(agencyId, secretaryHolder.getId(), head.getId(), AssignmentKind.PLT, START, null,
						"Plt. " + headName);
			}
			sections.add(builder.section(secretariat.getCode() + ".UMUM", "Subbagian Umum dan Kepegawaian",
					secretariat.getCode(), "Kepala Subbagian Umum dan Kepegawaian", secretary));
			sections.add(builder.section(secretariat.getCode() + ".KEU", "Subbagian Keuangan", secretariat.getCode(),
					"Kepala Subbagian Keuangan", secretary));
			List<String> fieldCodes = new ArrayList<>();
			if ("BKPSDM".equals(opd)) {
				fieldCodes.add("BKPSDM.MUTASI");
				fieldCodes.add("BKPSDM.PKA");
			}
			else {
				List<String> names = FIELDS.getOrDefault(opd, List.of("Bidang Program", "Bidang Layanan"));
				for (int i = 0; i < names.size(); i++) {
					fieldCodes.add(builder.unit(opd + ".BID" + (i + 1), names.get(i), opd).getCode());
				}
			}
			for (String fieldCode : fieldCodes) {
				Unit field = this.units.require(agencyId, fieldCode);
				String fieldHead = field.getName().startsWith("Inspektur") ? field.getName()
						: "Kepala " + field.getName();
				Position kabid = builder.post(fieldCode, fieldHead, PositionType.ADMINISTRATOR, null, head, true);
				builder.fill(kabid, fieldCode);
				Position analyst = builder.post(fieldCode, "Analis Kebijakan Ahli Muda", PositionType.FUNGSIONAL,
						Jenjang.AHLI_MUDA, kabid, false);
				builder.fill(analyst, fieldCode);
				for (int s = 1; s <= 2; s++) {
					String sectionName = ("BKPSDM.PKA".equals(fieldCode) && s == 1) ? "Subbidang Penilaian Kinerja"
							: "Seksi " + s + " " + field.getName().replace("Bidang ", "");
					sections.add(builder.section(fieldCode + ".S" + s, sectionName, fieldCode, "Kepala " + sectionName,
							kabid));
				}
			}
			for (Position section : sections) {
				int staff = (staffUnits > 0) ? Math.max(1, Math.round((float) remaining / staffUnits)) : 1;
				remaining -= staff;
				staffUnits--;
				Unit sectionUnit = builder.unitOf(section);
				for (int i = 0; i < staff; i++) {
					boolean functional = people.chance(0.3);
					Position post = functional
							? builder.post(sectionUnit.getCode(), "Pranata Komputer Ahli Pertama",
									PositionType.FUNGSIONAL, Jenjang.AHLI_PERTAMA, section, false)
							: builder.post(sectionUnit.getCode(),
									people.pick(List.of("Pengadministrasi Perkantoran", "Pengelola Data",
											"Penata Layanan Operasional", "Operator Layanan Operasional")),
									PositionType.PELAKSANA, null, section, false);
					builder.fill(post, sectionUnit.getCode());
				}
			}
		}
		for (Map.Entry<String, Seat> seat : seats.entrySet()) {
			builder.seatNamed(seat.getKey(), seat.getValue());
		}
		addKnownFlaws(agencyId, builder);
		return builder.registered;
	}

	/**
	 * Real structure data is never clean; the demo shows the structure-health page at
	 * work: a section head post left vacant with no acting holder, and a driver's post
	 * placed directly under a head of office (skipping two levels).
	 */
	private void addKnownFlaws(long agencyId, Builder builder) {
		if (!builder.hasUnit("DISDIK.BID1") || !builder.hasUnit("DPUPR")) {
			return;
		}
		Unit field = this.units.require(agencyId, "DISDIK.BID1");
		Position kabid = this.positions.headOf(field.getId()).orElseThrow();
		builder.unit("DISDIK.BID1.S3", "Seksi Kurikulum Sekolah Dasar", "DISDIK.BID1");
		Position vacant = builder.post("DISDIK.BID1.S3", "Kepala Seksi Kurikulum Sekolah Dasar", PositionType.PENGAWAS,
				null, kabid, true);
		for (int i = 0; i < 2; i++) {
			builder.fill(
					builder.post("DISDIK.BID1.S3", "Pengelola Kurikulum", PositionType.PELAKSANA, null, vacant, false),
					"DISDIK.BID1.S3");
		}
		Unit dpupr = this.units.require(agencyId, "DPUPR");
		Position head = this.positions.headOf(dpupr.getId()).orElseThrow();
		builder.fill(builder.post("DPUPR", "Pengemudi", PositionType.PELAKSANA, null, head, false), "DPUPR");
	}

	private final class Builder {

		final long agencyId;

		final DemoPeople people;

		final Map<String, String> named;

		final Map<String, Seat> seats;

		final java.util.Set<String> seated = new java.util.HashSet<>();

		final Map<Long, Unit> unitsById = new java.util.HashMap<>();

		final Map<String, Position> postsBySeat = new java.util.HashMap<>();

		int registered;

		Builder(long agencyId, DemoPeople people, Map<String, String> named, Map<String, Seat> seats) {
			this.agencyId = agencyId;
			this.people = people;
			this.named = named;
			this.seats = seats;
		}

		Unit unit(String code, String name, String parentCode) {
			return DemoStructure.this.units.create(this.agencyId, code, name, null, parentCode);
		}

		boolean hasUnit(String code) {
			return DemoStructure.this.units.find(this.agencyId, code).isPresent();
		}

		Unit unitOf(Position post) {
			return this.unitsById.get(post.getUnitId());
		}

		Position post(String unitCode, String name, PositionType type, @Nullable Jenjang jenjang,
				@Nullable Position above, boolean headsUnit) {
			Unit unit = DemoStructure.this.units.require(this.agencyId, unitCode);
			this.unitsById.put(unit.getId(), unit);
			Position post = DemoStructure.this.positions.create(this.agencyId, unit.getId(), name, type, jenjang,
					(above != null) ? above.getId() : null, headsUnit);
			this.postsBySeat.putIfAbsent(unitCode + "|" + name, post);
			return post;
		}

		Position section(String code, String name, String parentCode, String headName, Position above) {
			unit(code, name, parentCode);
			Position head = post(code, headName, PositionType.PENGAWAS, null, above, true);
			fill(head, code);
			return head;
		}

		/**
		 * Put a named person in this post if one is written for it, else a generated one.
		 */
		Employee fill(Position post, String unitCode) {
			for (Map.Entry<String, Seat> seat : this.seats.entrySet()) {
				Seat wanted = seat.getValue();
				if (!this.seated.contains(seat.getKey()) && wanted.unitCode().equals(unitCode)
						&& wanted.postName().equals(post.getName())) {
					this.seated.add(seat.getKey());
					return register(seat.getKey(), DemoPeople.named(this.named.get(seat.getKey()), seat.getKey(), null),
							post);
				}
			}
			boolean pppk = !post.getPositionType().isStructural() && this.people.chance(0.08);
			DemoPeople.Person person = this.people.person(post.getPositionType(), pppk);
			return register(person.nip(), person.details(), post);
		}

		/**
		 * Seat a named person whose post the generated structure did not have: make the
		 * post.
		 */
		void seatNamed(String nip, Seat seat) {
			if (this.seated.contains(nip)) {
				return;
			}
			Unit unit = DemoStructure.this.units.require(this.agencyId, seat.unitCode());
			Position above = DemoStructure.this.positions.headOf(unit.getId()).orElse(null);
			Position post = post(seat.unitCode(), seat.postName(), seat.type(), seat.jenjang(), above, false);
			this.seated.add(nip);
			register(nip, DemoPeople.named(this.named.get(nip), nip, null), post);
		}

		Employee register(String nip, Employee.Details details, Position post) {
			this.registered++;
			return DemoStructure.this.employees.register(this.agencyId, nip, details, post.getId(), START);
		}

	}

}
