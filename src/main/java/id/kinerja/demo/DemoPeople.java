package id.kinerja.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Golongan;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;

/**
 * Makes believable Indonesian civil servants, the same ones for the same seed: names
 * (with apostrophes and long forms), academic titles that fit the post, valid NIPs (PNS
 * and PPPK) and ranks that fit the post and its level.
 */
final class DemoPeople {

	private static final List<String> MALE = List.of("Ahmad", "Budi", "Agus", "Bambang", "Dedi", "Eko", "Fajar",
			"Hendra", "Irwan", "Joko", "Kurniawan", "Lukman", "Muhammad", "Nanda", "Rizky", "Slamet", "Teguh", "Wahyu",
			"Yusuf", "Zulkifli", "Ma'ruf", "I Gede", "I Made", "I Ketut", "I Nyoman", "Yohanes", "Andreas", "Arif",
			"Hasan", "Rahmat", "Sutrisno", "Taufik", "Mu'min", "Andi", "La Ode", "Muhammad Rizky Ramadhan",
			"Raden Mas Haryo", "Fransiskus Xaverius", "Abdul Rahman", "Syahrul");

	private static final List<String> FEMALE = List.of("Siti", "Sri", "Dewi", "Ayu", "Fitri", "Indah", "Kartika",
			"Lestari", "Maya", "Nur'aini", "Putri", "Rina", "Sari", "Wulan", "Yuliana", "Ni Luh", "Ni Made",
			"Ni Komang", "Maria", "Theresia", "Rahmawati", "Nurhayati", "Fatimah", "Anisa", "Ratna", "Endang",
			"Kusumawati", "Sa'diyah", "Wa Ode", "Siti Nurhaliza Rahmadani", "Raden Ajeng Kartini", "Margaretha",
			"Khadijah", "Nurul");

	private static final List<String> FAMILY = List.of("Saputra", "Wijaya", "Hidayat", "Siregar", "Nasution",
			"Situmorang", "Simanjuntak", "Pratama", "Santoso", "Gunawan", "Setiawan", "Kusuma", "Wibowo", "Harahap",
			"Lubis", "Manurung", "Sihombing", "Tanjung", "Rahman", "Hakim", "Nugroho", "Purnomo", "Suryadi", "Permana",
			"Firmansyah", "Sinaga", "Pardede", "Wulandari", "Rahayu", "Astuti", "Syafi'i", "Ma'arif", "Ginting",
			"Sembiring", "Pangaribuan", "Tambunan", "Mangkunegara", "Prawirodirjo", "Sudarma", "Wahyuningsih");

	private static final List<String> BACHELOR = List.of("S.T.", "S.E.", "S.Kom.", "S.H.", "S.Sos.", "S.Pd.", "S.AP.",
			"S.Psi.", "S.Kep.", "S.Si.", "S.IP.", "S.Ak.", "S.Tr.Kes.", "S.Hut.", "S.Pt.");

	private static final List<String> DIPLOMA = List.of("A.Md.", "A.Md.Kep.", "A.Md.Keb.", "A.Md.Kom.");

	private static final List<String> MASTER = List.of("M.M.", "M.Si.", "M.AP.", "M.T.", "M.H.", "M.Kes.", "M.Pd.",
			"M.Ak.", "M.Eng.", "M.Sc.");

	private final SplittableRandom random;

	private final Set<String> nips = new HashSet<>();

	private final String emailDomain;

	DemoPeople(long seed, String emailDomain) {
		this.random = new SplittableRandom(seed);
		this.emailDomain = emailDomain;
	}

	/** Remember NIPs that are already taken so that new ones never collide. */
	void reserve(String nip) {
		this.nips.add(nip);
	}

	int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	<T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	/**
	 * A generated person.
	 *
	 * @param nip a valid NIP
	 * @param details the personal data
	 */
	record Person(String nip, Employee.Details details) {
	}

	/** Make a person fit for a post of the given type and level. */
	Person person(PositionType type, @Nullable Jenjang jenjang, boolean pppk) {
		boolean male = chance(0.52);
		int age = switch (type) {
			case JPT_UTAMA, JPT_MADYA, JPT_PRATAMA -> between(46, 58);
			case ADMINISTRATOR -> between(40, 55);
			case PENGAWAS -> between(33, 52);
			default -> between(23, 56);
		};
		LocalDate birth = LocalDate.of(2026 - age, between(1, 12), between(1, 28));
		int appointedYear = Math.min(2024, birth.getYear() + between(22, 30));
		String nip = pppk ? pppkNip(birth, Math.max(appointedYear, between(2019, 2024)), male)
				: pnsNip(birth, appointedYear, between(1, 12), male);
		String name = pick(male ? MALE : FEMALE) + (chance(0.85) ? " " + pick(FAMILY) : "");
		String front = null;
		String back = null;
		if (type == PositionType.PELAKSANA && chance(0.35)) {
			back = pick(DIPLOMA);
		}
		else if (type.isStructural() || type == PositionType.FUNGSIONAL || chance(0.4)) {
			back = pick(BACHELOR);
			if (type.isJpt() || type == PositionType.ADMINISTRATOR || chance(0.2)) {
				back = back + ", " + pick(MASTER);
			}
		}
		if (type.isJpt() && chance(0.4)) {
			front = chance(0.5) ? "Dr." : "Ir.";
		}
		if (chance(0.1)) {
			front = ((front != null) ? front + " " : "") + (male ? "H." : "Hj.");
		}
		Golongan golongan = pppk ? pppkRank(type, jenjang) : pnsRank(type, jenjang);
		Nip.AsnType asnType = pppk ? Nip.AsnType.PPPK : Nip.AsnType.PNS;
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + nip.substring(14) + "@"
				+ this.emailDomain;
		String phone = "08" + between(11, 59) + String.format("%08d", between(0, 99_999_999));
		return new Person(nip,
				new Employee.Details(name, front, back, male ? "L" : "P", birth, asnType, golongan, email, phone));
	}

	String pnsNip(LocalDate birth, int appointedYear, int appointedMonth, boolean male) {
		String prefix = String.format("%04d%02d%02d%04d%02d%c", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), appointedYear, appointedMonth, male ? '1' : '2');
		return unique(prefix);
	}

	String pppkNip(LocalDate birth, int appointedYear, boolean male) {
		String prefix = String.format("%04d%02d%02d%04d%s%c", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), appointedYear, chance(0.8) ? "21" : "24", male ? '1' : '2');
		return unique(prefix);
	}

	private String unique(String prefix) {
		for (int sequence = 1; sequence < 1000; sequence++) {
			String nip = prefix + String.format("%03d", sequence);
			if (this.nips.add(nip)) {
				return nip;
			}
		}
		throw new IllegalStateException("NIP space exhausted for " + prefix);
	}

	private Golongan pnsRank(PositionType type, @Nullable Jenjang jenjang) {
		return switch (type) {
			case JPT_UTAMA, JPT_MADYA -> pick(List.of(Golongan.IV_D, Golongan.IV_E));
			case JPT_PRATAMA -> pick(List.of(Golongan.IV_C, Golongan.IV_D));
			case ADMINISTRATOR -> pick(List.of(Golongan.IV_A, Golongan.IV_B));
			case PENGAWAS -> pick(List.of(Golongan.III_C, Golongan.III_D, Golongan.IV_A));
			case FUNGSIONAL -> pick(switch ((jenjang != null) ? jenjang : Jenjang.AHLI_PERTAMA) {
				case PEMULA -> List.of(Golongan.II_A);
				case TERAMPIL -> List.of(Golongan.II_B, Golongan.II_C, Golongan.II_D);
				case MAHIR -> List.of(Golongan.III_A, Golongan.III_B);
				case PENYELIA -> List.of(Golongan.III_C, Golongan.III_D);
				case AHLI_PERTAMA -> List.of(Golongan.III_A, Golongan.III_B);
				case AHLI_MUDA -> List.of(Golongan.III_C, Golongan.III_D);
				case AHLI_MADYA -> List.of(Golongan.IV_A, Golongan.IV_B, Golongan.IV_C);
				case AHLI_UTAMA -> List.of(Golongan.IV_D, Golongan.IV_E);
			});
			case PELAKSANA -> pick(List.of(Golongan.II_A, Golongan.II_B, Golongan.II_C, Golongan.II_D, Golongan.III_A,
					Golongan.III_B));
		};
	}

	private Golongan pppkRank(PositionType type, @Nullable Jenjang jenjang) {
		if (type != PositionType.FUNGSIONAL || jenjang == null) {
			return pick(List.of(Golongan.PPPK_V, Golongan.PPPK_VII));
		}
		return switch (jenjang) {
			case PEMULA -> Golongan.PPPK_V;
			case TERAMPIL -> Golongan.PPPK_VII;
			case MAHIR -> Golongan.PPPK_VIII;
			case PENYELIA -> Golongan.PPPK_IX;
			case AHLI_PERTAMA -> Golongan.PPPK_IX;
			case AHLI_MUDA -> Golongan.PPPK_X;
			case AHLI_MADYA -> Golongan.PPPK_XI;
			case AHLI_UTAMA -> Golongan.PPPK_XIII;
		};
	}

	/**
	 * Split a printed name like {@code Dr. Ir. H. Ahmad Syarifuddin, M.Si.} into its
	 * parts.
	 */
	static Employee.Details named(String printed, String nip, Golongan golongan) {
		String front = null;
		String rest = printed;
		StringBuilder frontTitles = new StringBuilder();
		while (rest.matches("^(Dr|Ir|H|Hj|Drs|Dra|Prof)\\.\\s.*")) {
			int space = rest.indexOf(' ');
			frontTitles.append(frontTitles.isEmpty() ? "" : " ").append(rest, 0, space);
			rest = rest.substring(space + 1);
		}
		if (!frontTitles.isEmpty()) {
			front = frontTitles.toString();
		}
		int comma = rest.indexOf(", ");
		String name = (comma > 0) ? rest.substring(0, comma) : rest;
		String back = (comma > 0) ? rest.substring(comma + 2) : null;
		Nip parsed = Nip.check(nip).nip();
		return new Employee.Details(name, front, back, parsed.sex(), parsed.birthDate(), parsed.asnType(), golongan,
				null, null);
	}

}
