package id.kinerja.employee.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large, valid, deterministic agency as import files (same seed, same files): a
 * province with a Sekretaris Daerah, 50 OPDs, 8 bidang each and 5 seksi per bidang (2,451
 * units), their heads, and staff up to the number of employees asked for, with valid NIPs
 * (20% PPPK), Indonesian names with titles and apostrophes, ranks, and functional posts
 * with levels. For the load test and benchmarks; run {@link #main} to write the files to
 * a folder.
 */
public final class LargeAgencyFiles {

	static final int OPDS = 50;

	static final int BIDANG_PER_OPD = 8;

	static final int SEKSI_PER_BIDANG = 5;

	private static final DateTimeFormatter DIGITS = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final String[] FIRST = { "Ahmad", "Budi", "Siti", "Dewi", "Rizky", "Putu", "Made", "Nur'aini",
			"Ma'ruf", "Yohanes", "Agus", "Sri", "Wahyu", "Ketut", "Fitri", "Indah", "Bambang", "Eka", "Dian", "Rahmat",
			"Lestari", "Andi", "Muhammad", "Nyoman", "Ratna", "Hendra", "Yusuf", "Ayu", "Teguh", "Rina" };

	private static final String[] LAST = { "Pratama", "Lestari", "Siregar", "Situmorang", "Hermawan", "Wijaya",
			"Saputra", "Nasution", "Hidayat", "Kusuma", "Santoso", "Harahap", "Rahmawati", "Sudarma", "Setiawan",
			"O'Neil", "Simanjuntak", "Purnomo", "Wulandari", "Syarifuddin", "Ginting", "Manurung", "Suryadi" };

	private static final String[] BACK_TITLES = { "", "", "S.Kom.", "S.E.", "S.H.", "S.Sos., M.AP.", "M.Si.",
			"S.T., M.T.", "A.Md.", "S.Psi." };

	private static final String[] FRONT_TITLES = { "", "", "", "", "", "Dr.", "Ir.", "dr.", "H.", "Hj." };

	private static final String[] PNS_RANKS = { "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a" };

	private static final String[] PPPK_RANKS = { "V", "VII", "IX", "X", "XI" };

	private static final String[][] FUNCTIONAL = { { "Analis Kepegawaian", "AHLI_PERTAMA" },
			{ "Analis Kebijakan", "AHLI_MUDA" }, { "Pranata Komputer", "TERAMPIL" }, { "Arsiparis", "MAHIR" },
			{ "Perencana", "AHLI_MADYA" }, { "Auditor", "AHLI_MUDA" } };

	private final Random random;

	private final Set<String> nips = new HashSet<>();

	private LargeAgencyFiles(long seed) {
		this.random = new Random(seed);
	}

	/** The files written. */
	record Files2(Path units, Path employees, int unitCount, int employeeCount) {
	}

	/**
	 * Write units.csv and employees.csv for about {@code employees} employees; the
	 * generated Sekretaris Daerah reports to {@code above} (empty in an agency without a
	 * head).
	 */
	static Files2 write(Path folder, int employees, long seed, String above) throws IOException {
		return new LargeAgencyFiles(seed).writeFiles(folder, employees, above);
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "target/large-agency");
		int employees = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		Files.createDirectories(folder);
		Files2 files = write(folder, employees, 42, (args.length > 2) ? args[2] : "");
		System.out.println(files);
	}

	private Files2 writeFiles(Path folder, int employees, String above) throws IOException {
		Files.createDirectories(folder);
		Path unitsFile = folder.resolve("units.csv");
		Path employeesFile = folder.resolve("employees.csv");
		int units = 0;
		int people = 0;
		try (BufferedWriter u = Files.newBufferedWriter(unitsFile, StandardCharsets.UTF_8);
				BufferedWriter e = Files.newBufferedWriter(employeesFile, StandardCharsets.UTF_8)) {
			u.write("kode_unit,nama_unit,kode_induk,singkatan\n");
			e.write(String.join(",", EmployeeImportService.HEADERS) + "\n");
			u.write("SETPROV,Sekretariat Daerah Provinsi,,Setda\n");
			units++;
			String sekda = person(e, "SETPROV", "Sekretaris Daerah", "JPT_MADYA", "", above, "IV/d");
			people++;
			List<String[]> seksi = new ArrayList<>();
			for (int o = 1; o <= OPDS; o++) {
				String opd = String.format("OPD%02d", o);
				u.write(opd + ",Dinas Nomor " + o + ",,D" + o + "\n");
				units++;
				String kadis = person(e, opd, "Kepala Dinas Nomor " + o, "JPT_PRATAMA", "", sekda, "IV/c");
				String sekdis = person(e, opd, "Sekretaris Dinas Nomor " + o, "ADMINISTRATOR", "", kadis, "IV/a");
				people += 2;
				for (int b = 1; b <= BIDANG_PER_OPD; b++) {
					String bidang = opd + ".B" + b;
					u.write(bidang + ",Bidang " + b + " Dinas " + o + "," + opd + ",\n");
					units++;
					String kabid = person(e, bidang, "Kepala Bidang " + b, "ADMINISTRATOR", "", kadis, "IV/a");
					people++;
					for (int s = 1; s <= SEKSI_PER_BIDANG; s++) {
						String code = bidang + ".S" + s;
						u.write(code + ",Seksi " + s + " Bidang " + b + " Dinas " + o + "," + bidang + ",\n");
						units++;
						String kasi = person(e, code, "Kepala Seksi " + s, "PENGAWAS", "", kabid, "III/d");
						people++;
						seksi.add(new String[] { code, kasi, kabid });
					}
				}
				people += staff(e, opd, sekdis, 3);
			}
			int index = 0;
			while (people < employees) {
				String[] place = seksi.get(index++ % seksi.size());
				if (this.random.nextInt(5) == 0) {
					String[] functional = FUNCTIONAL[this.random.nextInt(FUNCTIONAL.length)];
					person(e, place[0], functional[0] + " " + title(functional[1]), "FUNGSIONAL", functional[1],
							place[2], null);
				}
				else {
					person(e, place[0], "Pengadministrasi " + (1 + this.random.nextInt(20)), "PELAKSANA", "", place[1],
							null);
				}
				people++;
			}
		}
		return new Files2(unitsFile, employeesFile, units, people);
	}

	private int staff(BufferedWriter e, String unit, String supervisor, int count) throws IOException {
		for (int i = 0; i < count; i++) {
			person(e, unit, "Pengelola Umum", "PELAKSANA", "", supervisor, null);
		}
		return count;
	}

	private static String title(String jenjang) {
		String words = jenjang.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		StringBuilder title = new StringBuilder();
		for (String word : words.split(" ")) {
			title.append(title.isEmpty() ? "" : " ")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		return title.toString();
	}

	/** Write one employee and return the NIP. */
	private String person(BufferedWriter e, String unit, String position, String type, String jenjang,
			String supervisor, String rank) throws IOException {
		boolean pppk = rank == null && this.random.nextInt(5) == 0;
		char sex = this.random.nextBoolean() ? '1' : '2';
		LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(this.random.nextInt(35 * 365));
		String nip;
		do {
			int appointed = Math.min(2024, birth.getYear() + 20 + this.random.nextInt(15));
			String middle = pppk ? appointed + "21" : appointed + String.format("%02d", 1 + this.random.nextInt(12));
			nip = birth.format(DIGITS) + middle + sex + String.format("%03d", 1 + this.random.nextInt(999));
		}
		while (!this.nips.add(nip));
		String golongan = (rank != null) ? rank : pppk ? PPPK_RANKS[this.random.nextInt(PPPK_RANKS.length)]
				: PNS_RANKS[this.random.nextInt(PNS_RANKS.length)];
		String name = FIRST[this.random.nextInt(FIRST.length)] + " " + LAST[this.random.nextInt(LAST.length)];
		String front = FRONT_TITLES[this.random.nextInt(FRONT_TITLES.length)];
		String back = BACK_TITLES[this.random.nextInt(BACK_TITLES.length)];
		String email = (this.random.nextInt(3) == 0) ? "pegawai" + nip.substring(10) + "@example.go.id" : "";
		String phone = (this.random.nextInt(3) == 0) ? "+62 81" + (1000000 + this.random.nextInt(8999999)) : "";
		e.write(String.join(",", nip, name, front, csv(back), (sex == '1') ? "L" : "P", birth.toString(),
				pppk ? "PPPK" : "PNS", golongan, position, type, jenjang, unit, supervisor, email, phone));
		e.write('\n');
		return nip;
	}

	private static String csv(String value) {
		return value.contains(",") ? '"' + value + '"' : value;
	}

}
