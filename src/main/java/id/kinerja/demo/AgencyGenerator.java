package id.kinerja.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.PositionType;
import id.kinerja.employee.Golongan;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;

/**
 * Generates a believable regional government agency of a given size, the same one for the
 * same seed: a Sekretariat Daerah and OPDs (dinas, badan) with secretariats, fields
 * (bidang) and sections, regional branches with UPTDs in the larger sizes, heads for
 * every unit, staff in teams of 3 to 12 (pelaksana and functional posts with their
 * levels), valid NIPs (PNS and some PPPK), Indonesian names with titles, ranks that fit
 * the posts, and a few vacant posts, most with an acting holder (Plt).
 *
 * <p>
 * The shape follows the benchmark sizes: below 5,000 employees a city of 10 top-level
 * units, 4 levels deep; up to 40,000 a city of about one unit per 38 employees, 5 levels
 * deep; above that a province of about one unit per 40 employees, 6 levels deep (the
 * levels count the agency itself and its units down to the deepest one).
 */
public final class AgencyGenerator {

	/** The fewest employees the generator makes. */
	public static final int MIN_EMPLOYEES = 300;

	/** The most employees the generator makes. */
	public static final int MAX_EMPLOYEES = 1_000_000;

	private static final int PROVINCE_FROM = 40_000;

	private static final int CITY_FROM = 5_000;

	/**
	 * Where a named person sits.
	 *
	 * @param unitCode the unit
	 * @param postName the post's name
	 * @param type the post's type
	 * @param jenjang the post's level (functional posts only)
	 */
	public record Seat(String unitCode, String postName, PositionType type, @Nullable Jenjang jenjang) {
	}

	/**
	 * A person who must appear with this NIP and name in this seat: takes a generated
	 * post of that name in the unit, or a new post under the unit's head.
	 *
	 * @param nip a valid NIP
	 * @param printedName the name with its titles, e.g. {@code Dr. H. Ahmad, M.Si.}
	 * @param golongan the rank
	 * @param seat where the person sits
	 */
	public record NamedPerson(String nip, String printedName, Golongan golongan, Seat seat) {
	}

	/**
	 * What to generate.
	 *
	 * @param employees how many employees
	 * @param seed the random seed
	 * @param agencyCode the agency's code
	 * @param agencyName the agency's name
	 * @param named people who must appear
	 * @param reservedNips NIPs not to use (taken elsewhere)
	 * @param knownFlaws whether to add the demo's deliberate structure flaws (a vacant
	 * section head without acting holder, a post that skips two levels)
	 */
	public record Spec(int employees, long seed, String agencyCode, String agencyName, List<NamedPerson> named,
			Set<String> reservedNips, boolean knownFlaws) {

		public Spec {
			if (employees < MIN_EMPLOYEES || employees > MAX_EMPLOYEES) {
				throw new IllegalArgumentException(
						"employees must be between " + MIN_EMPLOYEES + " and " + MAX_EMPLOYEES + ": " + employees);
			}
			named = List.copyOf(named);
			reservedNips = Set.copyOf(reservedNips);
		}

		/**
		 * A plain agency of the size and seed, with nothing named and nothing reserved.
		 */
		public static Spec of(int employees, long seed, String agencyCode, String agencyName) {
			return new Spec(employees, seed, agencyCode, agencyName, List.of(), Set.of(), false);
		}

	}

	private AgencyGenerator() {
	}

	/** Return the agency for the spec; the same spec gives the same agency. */
	public static AgencyBlueprint generate(Spec spec) {
		return new Build(spec).run();
	}

	/** Return the kind of agency generated for this many employees. */
	public static AgencyType typeFor(int employees) {
		return (employees >= PROVINCE_FROM) ? AgencyType.PROVINSI : AgencyType.KOTA;
	}

	/** The shape of the structure for a size. */
	private record Profile(int opds, int subbagian, int bidang, int seksi, int setdaLevels, int targetUnits) {

		static Profile of(int employees) {
			if (employees < CITY_FROM) {
				return new Profile(9, 2, 2, 2, 0, 0);
			}
			if (employees < PROVINCE_FROM) {
				return new Profile(Math.max(12, Math.min(OPDS.size() - 4, employees / 600)), 2, 3, 2, 2,
						Math.round(employees / 37.5f));
			}
			return new Profile(Math.min(OPDS.size(), 30 + employees / 8_000), 3, 4, 3, 3, Math.round(employees / 40f));
		}

	}

	/** The kinds of work an OPD does, which decide its functional posts and branches. */
	private enum Kind {

		GENERAL, EDUCATION, HEALTH, AUDIT, HR, PLANNING, IT, FINANCE

	}

	/**
	 * A field (bidang) of an OPD.
	 *
	 * @param code the code suffix, null for {@code BIDn}
	 * @param name its name
	 * @param abbreviation its short name, if any
	 * @param sections the names of its sections, empty for generated ones
	 */
	private record Field(@Nullable String code, String name, @Nullable String abbreviation, List<String> sections) {

		Field(String name) {
			this(null, name, null, List.of());
		}

	}

	/**
	 * An OPD of the catalogue.
	 *
	 * @param code its code
	 * @param name its name
	 * @param abbreviation its short name
	 * @param head the title of its head
	 * @param kind what it does
	 * @param fields its own fields, first ones first
	 */
	private record Opd(String code, String name, String abbreviation, String head, Kind kind, List<Field> fields) {

		Opd(String code, String name, String abbreviation, Kind kind, String... fields) {
			this(code, name, abbreviation, "Kepala " + name, kind, List.of(fields).stream().map(Field::new).toList());
		}

	}

	private static final List<Opd> OPDS = List.of(
			new Opd("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", Kind.GENERAL,
					"Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil",
					"Bidang Pengelolaan Informasi Administrasi Kependudukan", "Bidang Pemanfaatan Data dan Inovasi"),
			new Opd("DISDIK", "Dinas Pendidikan", "Disdik", Kind.EDUCATION, "Bidang Pembinaan Sekolah Dasar",
					"Bidang Pembinaan Sekolah Menengah Pertama", "Bidang Pendidik dan Tenaga Kependidikan",
					"Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal"),
			new Opd("DINKES", "Dinas Kesehatan", "Dinkes", Kind.HEALTH, "Bidang Pelayanan Kesehatan",
					"Bidang Pencegahan dan Pengendalian Penyakit", "Bidang Kesehatan Masyarakat",
					"Bidang Sumber Daya Kesehatan"),
			new Opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM",
					"Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", Kind.HR, List.of(
							new Field("MUTASI", "Bidang Mutasi dan Promosi", "Bid. Mutasi",
									List.of("Subbidang Mutasi", "Subbidang Promosi dan Pengembangan Karier",
											"Subbidang Pengangkatan dan Pemberhentian")),
							new Field("PKA", "Bidang Penilaian Kinerja Aparatur dan Penghargaan", "Bid. PKA",
									List.of("Subbidang Penilaian Kinerja", "Subbidang Penghargaan dan Disiplin",
											"Subbidang Kesejahteraan Pegawai")),
							new Field("BANGKOM", "Bidang Pengembangan Kompetensi Aparatur", "Bid. Bangkom", List.of()),
							new Field("INFO", "Bidang Pengadaan dan Informasi Kepegawaian", "Bid. Info", List.of()))),
			new Opd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda", Kind.PLANNING,
					"Bidang Perencanaan Ekonomi", "Bidang Perencanaan Infrastruktur dan Kewilayahan",
					"Bidang Perencanaan Pemerintahan dan Pembangunan Manusia",
					"Bidang Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah"),
			new Opd("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", Kind.FINANCE, "Bidang Anggaran",
					"Bidang Aset Daerah", "Bidang Perbendaharaan", "Bidang Akuntansi dan Pelaporan"),
			new Opd("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", Kind.GENERAL, "Bidang Bina Marga",
					"Bidang Cipta Karya", "Bidang Sumber Daya Air", "Bidang Penataan Ruang"),
			new Opd("INSPEKTORAT", "Inspektorat Daerah", "Inspektorat", "Inspektur", Kind.AUDIT,
					List.of(new Field("Inspektur Pembantu Wilayah I"), new Field("Inspektur Pembantu Wilayah II"),
							new Field("Inspektur Pembantu Wilayah III"), new Field("Inspektur Pembantu Khusus"))),
			new Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo", Kind.IT,
					"Bidang Aplikasi Informatika", "Bidang Informasi dan Komunikasi Publik", "Bidang Statistik",
					"Bidang Persandian dan Keamanan Informasi"),
			new Opd("DINSOS", "Dinas Sosial", "Dinsos", Kind.GENERAL, "Bidang Rehabilitasi Sosial",
					"Bidang Perlindungan dan Jaminan Sosial", "Bidang Pemberdayaan Sosial",
					"Bidang Penanganan Fakir Miskin"),
			new Opd("DISHUB", "Dinas Perhubungan", "Dishub", Kind.GENERAL, "Bidang Lalu Lintas Jalan",
					"Bidang Angkutan", "Bidang Sarana dan Prasarana", "Bidang Keselamatan Transportasi"),
			new Opd("DLH", "Dinas Lingkungan Hidup", "DLH", Kind.GENERAL, "Bidang Tata Lingkungan",
					"Bidang Pengelolaan Sampah dan Limbah B3",
					"Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
					"Bidang Penaatan dan Peningkatan Kapasitas Lingkungan Hidup"),
			new Opd("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", Kind.GENERAL,
					"Bidang Promosi Penanaman Modal", "Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi",
					"Bidang Pengendalian Pelaksanaan Penanaman Modal"),
			new Opd("SATPOLPP", "Satuan Polisi Pamong Praja", "Satpol PP", Kind.GENERAL,
					"Bidang Penegakan Peraturan Daerah", "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
					"Bidang Perlindungan Masyarakat", "Bidang Sumber Daya Aparatur"),
			new Opd("DISNAKER", "Dinas Tenaga Kerja", "Disnaker", Kind.GENERAL, "Bidang Penempatan Tenaga Kerja",
					"Bidang Hubungan Industrial", "Bidang Pelatihan dan Produktivitas",
					"Bidang Pengawasan Ketenagakerjaan"),
			new Opd("DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "Disperindag", Kind.GENERAL,
					"Bidang Perindustrian", "Bidang Perdagangan Dalam Negeri", "Bidang Perlindungan Konsumen",
					"Bidang Metrologi Legal"),
			new Opd("DINKOPUKM", "Dinas Koperasi dan Usaha Kecil dan Menengah", "Dinkop UKM", Kind.GENERAL,
					"Bidang Kelembagaan Koperasi", "Bidang Pemberdayaan Usaha Mikro", "Bidang Pengawasan Koperasi",
					"Bidang Pembiayaan"),
			new Opd("DISPARBUD", "Dinas Pariwisata dan Kebudayaan", "Disparbud", Kind.GENERAL,
					"Bidang Destinasi Pariwisata", "Bidang Pemasaran Pariwisata", "Bidang Kebudayaan",
					"Bidang Ekonomi Kreatif"),
			new Opd("DISPORA", "Dinas Pemuda dan Olahraga", "Dispora", Kind.GENERAL, "Bidang Kepemudaan",
					"Bidang Olahraga", "Bidang Sarana dan Prasarana Olahraga", "Bidang Kemitraan"),
			new Opd("DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", Kind.GENERAL,
					"Bidang Pemberdayaan Perempuan", "Bidang Perlindungan Anak", "Bidang Pemenuhan Hak Anak",
					"Bidang Data dan Informasi Gender"),
			new Opd("DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", Kind.HEALTH,
					"Bidang Pengendalian Penduduk", "Bidang Keluarga Berencana", "Bidang Ketahanan Keluarga",
					"Bidang Penyuluhan dan Penggerakan"),
			new Opd("DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "Disperkim", Kind.GENERAL,
					"Bidang Perumahan", "Bidang Kawasan Permukiman", "Bidang Pertanahan", "Bidang Pertamanan"),
			new Opd("DISPERTAN", "Dinas Pertanian", "Distan", Kind.GENERAL, "Bidang Tanaman Pangan",
					"Bidang Hortikultura", "Bidang Peternakan", "Bidang Penyuluhan Pertanian"),
			new Opd("DKP", "Dinas Kelautan dan Perikanan", "DKP", Kind.GENERAL, "Bidang Perikanan Tangkap",
					"Bidang Perikanan Budidaya", "Bidang Pengolahan dan Pemasaran", "Bidang Kelautan dan Pesisir"),
			new Opd("DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "Dispusip", Kind.GENERAL,
					"Bidang Layanan Perpustakaan", "Bidang Pembinaan Kearsipan", "Bidang Pengelolaan Arsip",
					"Bidang Pelestarian Bahan Pustaka"),
			new Opd("DKPP", "Dinas Ketahanan Pangan", "DKPP", Kind.GENERAL, "Bidang Ketersediaan Pangan",
					"Bidang Distribusi dan Cadangan Pangan", "Bidang Konsumsi dan Keamanan Pangan",
					"Bidang Kerawanan Pangan"),
			new Opd("BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD", Kind.GENERAL,
					"Bidang Pencegahan dan Kesiapsiagaan", "Bidang Kedaruratan dan Logistik",
					"Bidang Rehabilitasi dan Rekonstruksi", "Bidang Pusat Pengendalian Operasi"),
			new Opd("KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", Kind.GENERAL,
					"Bidang Ideologi dan Wawasan Kebangsaan", "Bidang Politik Dalam Negeri",
					"Bidang Ketahanan Ekonomi, Sosial, Budaya dan Agama", "Bidang Kewaspadaan Nasional"),
			new Opd("BAPENDA", "Badan Pendapatan Daerah", "Bapenda", Kind.FINANCE, "Bidang Pendataan dan Penetapan",
					"Bidang Penagihan dan Keberatan", "Bidang Pengembangan Pendapatan", "Bidang Pajak Daerah"),
			new Opd("SETWAN", "Sekretariat Dewan Perwakilan Rakyat Daerah", "Setwan", "Sekretaris DPRD", Kind.GENERAL,
					List.of(new Field("Bagian Umum dan Keuangan"),
							new Field("Bagian Persidangan dan Perundang-undangan"),
							new Field("Bagian Fasilitasi Penganggaran dan Pengawasan"),
							new Field("Bagian Hubungan Masyarakat dan Protokol"))),
			new Opd("RSUD", "Rumah Sakit Umum Daerah", "RSUD", "Direktur Rumah Sakit Umum Daerah", Kind.HEALTH,
					List.of(new Field("Bidang Pelayanan Medik"), new Field("Bidang Keperawatan"),
							new Field("Bidang Penunjang Medik"), new Field("Bidang Perencanaan dan Rekam Medik"))),
			new Opd("BALITBANGDA", "Badan Penelitian dan Pengembangan Daerah", "Balitbangda", Kind.PLANNING,
					"Bidang Sosial dan Pemerintahan", "Bidang Ekonomi dan Pembangunan", "Bidang Inovasi dan Teknologi",
					"Bidang Diseminasi"),
			new Opd("DISBUN", "Dinas Perkebunan", "Disbun", Kind.GENERAL, "Bidang Produksi Perkebunan",
					"Bidang Perlindungan Perkebunan", "Bidang Pengolahan dan Pemasaran Hasil Perkebunan",
					"Bidang Sarana dan Prasarana Perkebunan"),
			new Opd("DISHUT", "Dinas Kehutanan", "Dishut", Kind.GENERAL, "Bidang Perencanaan dan Pemanfaatan Hutan",
					"Bidang Perlindungan dan Konservasi Sumber Daya Alam",
					"Bidang Penyuluhan dan Pemberdayaan Masyarakat", "Bidang Rehabilitasi Lahan"),
			new Opd("DISESDM", "Dinas Energi dan Sumber Daya Mineral", "Dinas ESDM", Kind.GENERAL,
					"Bidang Ketenagalistrikan", "Bidang Energi Baru Terbarukan", "Bidang Mineral dan Batubara",
					"Bidang Geologi dan Air Tanah"),
			new Opd("DISNAKKESWAN", "Dinas Peternakan dan Kesehatan Hewan", "Disnakkeswan", Kind.GENERAL,
					"Bidang Produksi Peternakan", "Bidang Kesehatan Hewan", "Bidang Kesehatan Masyarakat Veteriner",
					"Bidang Pengolahan dan Pemasaran Hasil Peternakan"),
			new Opd("DSDA", "Dinas Sumber Daya Air", "DSDA", Kind.GENERAL, "Bidang Irigasi", "Bidang Sungai dan Pantai",
					"Bidang Air Baku", "Bidang Operasi dan Pemeliharaan"),
			new Opd("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", Kind.GENERAL, "Bidang Pemerintahan Desa",
					"Bidang Pemberdayaan Masyarakat", "Bidang Ekonomi Desa", "Bidang Kelembagaan dan Kerja Sama Desa"),
			new Opd("BPSDMD", "Badan Pengembangan Sumber Daya Manusia Daerah", "BPSDMD", Kind.HR,
					"Bidang Pengembangan Kompetensi Manajerial", "Bidang Pengembangan Kompetensi Teknis",
					"Bidang Sertifikasi Kompetensi", "Bidang Penjaminan Mutu"),
			new Opd("BAKEUDA", "Badan Keuangan Daerah", "Bakeuda", Kind.FINANCE, "Bidang Perencanaan Anggaran",
					"Bidang Pembiayaan", "Bidang Dana Transfer", "Bidang Pengendalian Keuangan"),
			new Opd("BADANHUB", "Badan Penghubung Daerah", "Badan Penghubung", Kind.GENERAL,
					"Bidang Promosi dan Informasi", "Bidang Fasilitasi Kerja Sama", "Bidang Pelayanan Tamu",
					"Bidang Pemasaran Produk Daerah"),
			new Opd("DISBUD", "Dinas Kebudayaan", "Disbud", Kind.GENERAL, "Bidang Cagar Budaya", "Bidang Kesenian",
					"Bidang Sejarah dan Nilai Tradisi", "Bidang Permuseuman"),
			new Opd("DISTANAH", "Dinas Pertanahan", "Distan Lahan", Kind.GENERAL, "Bidang Pengadaan Tanah",
					"Bidang Penyelesaian Sengketa Tanah", "Bidang Inventarisasi Tanah", "Bidang Pemanfaatan Tanah"),
			new Opd("DISDAGLU", "Dinas Perdagangan Luar Negeri", "Disdaglu", Kind.GENERAL, "Bidang Ekspor",
					"Bidang Impor", "Bidang Kerja Sama Perdagangan", "Bidang Pengembangan Pasar"),
			new Opd("DISTRANS", "Dinas Transmigrasi", "Distrans", Kind.GENERAL, "Bidang Penyiapan Permukiman",
					"Bidang Penempatan", "Bidang Pengembangan Kawasan", "Bidang Pembinaan Masyarakat"));

	private static final List<String> SUBBAGIAN = List.of("Subbagian Umum dan Kepegawaian", "Subbagian Keuangan",
			"Subbagian Perencanaan dan Pelaporan");

	private static final List<String> SUBBAGIAN_CODES = List.of("UMUM", "KEU", "PROG");

	private static final List<String> SECTION_PREFIXES = List.of("Seksi Perencanaan", "Seksi Pembinaan",
			"Seksi Pengendalian", "Seksi Pengembangan");

	private static final List<List<String>> ASISTEN = List.of(
			List.of("Asisten Pemerintahan dan Kesejahteraan Rakyat", "Tata Pemerintahan", "Kesejahteraan Rakyat",
					"Hukum"),
			List.of("Asisten Perekonomian dan Pembangunan", "Perekonomian dan Sumber Daya Alam",
					"Administrasi Pembangunan", "Pengadaan Barang dan Jasa"),
			List.of("Asisten Administrasi Umum", "Umum", "Organisasi", "Protokol dan Komunikasi Pimpinan"));

	private static final List<String> PLACES = List.of("Sukamaju", "Sukajadi", "Mekarsari", "Sumbersari", "Karanganyar",
			"Tanjungsari", "Margahayu", "Cibeureum", "Kebonagung", "Pasirjaya", "Tegalrejo", "Gunungsari", "Sidomulyo",
			"Purwodadi", "Banjarsari", "Kotabaru", "Air Tawar", "Batu Ampar", "Lubuk Begalung", "Pa'baeng-baeng",
			"Tanah Abang", "Koto Tangah", "Nan Sabaris", "Ujung Pandang");

	private static final List<String> PELAKSANA = List.of("Pengadministrasi Perkantoran", "Pengelola Data",
			"Penata Layanan Operasional", "Operator Layanan Operasional", "Pengelola Umum Operasional",
			"Pengadministrasi Keuangan", "Pengolah Data dan Informasi", "Penelaah Teknis Kebijakan");

	/**
	 * A functional post family and the levels it has.
	 *
	 * @param name the family, e.g. {@code Perawat}
	 * @param levels its levels, lowest first
	 */
	private record Functional(String name, List<Jenjang> levels) {

		static final List<Jenjang> KEAHLIAN = List.of(Jenjang.AHLI_PERTAMA, Jenjang.AHLI_MUDA, Jenjang.AHLI_MADYA);

		static final List<Jenjang> KETERAMPILAN = List.of(Jenjang.PEMULA, Jenjang.TERAMPIL, Jenjang.MAHIR,
				Jenjang.PENYELIA);

		static Functional expert(String name) {
			return new Functional(name, KEAHLIAN);
		}

		static Functional skilled(String name) {
			return new Functional(name, KETERAMPILAN);
		}

	}

	private static final Map<Kind, List<Functional>> FUNCTIONALS = Map.of(Kind.GENERAL,
			List.of(Functional.expert("Analis Kebijakan"), Functional.skilled("Arsiparis"),
					Functional.expert("Pranata Komputer"), Functional.expert("Penyuluh Sosial")),
			Kind.EDUCATION, List.of(Functional.expert("Guru"), Functional.expert("Pengawas Sekolah")), Kind.HEALTH,
			List.of(Functional.skilled("Perawat"), Functional.expert("Perawat"), Functional.skilled("Bidan"),
					Functional.expert("Dokter"), Functional.skilled("Pranata Laboratorium Kesehatan")),
			Kind.AUDIT,
			List.of(Functional.expert("Auditor"),
					Functional.expert("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah")),
			Kind.HR, List.of(Functional.expert("Analis SDM Aparatur"), Functional.expert("Widyaiswara")), Kind.PLANNING,
			List.of(Functional.expert("Perencana"), Functional.expert("Peneliti")), Kind.IT,
			List.of(Functional.expert("Pranata Komputer"), Functional.skilled("Pranata Komputer"),
					Functional.expert("Statistisi")),
			Kind.FINANCE, List.of(Functional.expert("Analis Keuangan Pusat dan Daerah"),
					Functional.expert("Analis Pengelolaan Keuangan APBN"), Functional.skilled("Pranata Keuangan")));

	/** The generation under way. */
	private static final class Build {

		final Spec spec;

		final Profile profile;

		final AgencyType type;

		final DemoPeople people;

		final List<AgencyBlueprint.Unit> units = new ArrayList<>();

		final List<Draft> posts = new ArrayList<>();

		final Map<String, Integer> headPosts = new HashMap<>();

		final Map<String, Kind> kinds = new HashMap<>();

		final List<Leaf> leaves = new ArrayList<>();

		final Set<Integer> vacant = new HashSet<>();

		final Map<Integer, NamedPerson> named = new HashMap<>();

		int uptds;

		Build(Spec spec) {
			this.spec = spec;
			this.profile = Profile.of(spec.employees());
			this.type = typeFor(spec.employees());
			String domain = spec.agencyCode().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".go.id";
			this.people = new DemoPeople(spec.seed() * 1_000_003L + spec.employees(), domain);
			spec.reservedNips().forEach(this.people::reserve);
			spec.named().forEach((person) -> this.people.reserve(person.nip()));
		}

		/** A post being drafted. */
		static final class Draft {

			final String unitCode;

			String name;

			PositionType type;

			@Nullable Jenjang jenjang;

			final int reportsTo;

			final boolean headsUnit;

			@Nullable String actingNip;

			Draft(String unitCode, String name, PositionType type, @Nullable Jenjang jenjang, int reportsTo,
					boolean headsUnit) {
				this.unitCode = unitCode;
				this.name = name;
				this.type = type;
				this.jenjang = jenjang;
				this.reportsTo = reportsTo;
				this.headsUnit = headsUnit;
			}

		}

		/** A unit whose staff is handed out by weight. */
		record Leaf(String unitCode, int head, Kind kind, double weight) {
		}

		AgencyBlueprint run() {
			int sekda = structure();
			seatNamed();
			if (this.spec.knownFlaws()) {
				addKnownFlaws();
			}
			chooseVacancies(sekda);
			staff();
			return assemble();
		}

		/** Make the units and their head posts; return the top post. */
		int structure() {
			unit("SETDA", "Sekretariat Daerah", "Setda", null);
			int sekda = post("SETDA", "Sekretaris Daerah",
					(this.type == AgencyType.PROVINSI) ? PositionType.JPT_MADYA : PositionType.JPT_PRATAMA, null, -1,
					true);
			this.headPosts.put("SETDA", sekda);
			List<Opd> opds = OPDS.subList(0, this.profile.opds());
			for (Opd opd : opds) {
				unit(opd.code(), opd.name(), opd.abbreviation(), null);
			}
			setda(sekda);
			for (int i = 0; i < opds.size(); i++) {
				opd(opds.get(i), sekda, i);
			}
			branches(opds);
			return sekda;
		}

		void setda(int sekda) {
			int levels = this.profile.setdaLevels();
			if (levels == 0) {
				return;
			}
			for (int a = 0; a < ASISTEN.size(); a++) {
				List<String> asisten = ASISTEN.get(a);
				String code = "SETDA.AS" + (a + 1);
				unit(code, asisten.get(0), null, "SETDA");
				int head = headPost(code, asisten.get(0), PositionType.JPT_PRATAMA, sekda);
				for (int b = 1; b < asisten.size(); b++) {
					String topic = asisten.get(b);
					if (levels == 3) {
						String biro = code + ".B" + b;
						unit(biro, "Biro " + topic, null, code);
						int biroHead = headPost(biro, "Kepala Biro " + topic, PositionType.JPT_PRATAMA, head);
						for (int g = 1; g <= 3; g++) {
							String name = List.of("Bagian Administrasi", "Bagian Pembinaan", "Bagian Evaluasi")
								.get(g - 1) + " " + topic;
							bagian(biro + ".BG" + g, name, biro, biroHead, topic);
						}
					}
					else {
						bagian(code + ".BG" + b, "Bagian " + topic, code, head, topic);
					}
				}
			}
		}

		void bagian(String code, String name, String parent, int above, String topic) {
			unit(code, name, null, parent);
			int head = headPost(code, "Kepala " + name, PositionType.ADMINISTRATOR, above);
			post(code, "Analis Kebijakan Ahli Muda", PositionType.FUNGSIONAL, Jenjang.AHLI_MUDA, head, false);
			for (int s = 1; s <= 2; s++) {
				String sub = code + ".SB" + s;
				String subName = List.of("Subbagian Administrasi", "Subbagian Evaluasi dan Pelaporan").get(s - 1) + " "
						+ topic;
				unit(sub, subName, null, code);
				leaf(sub, headPost(sub, "Kepala " + subName, PositionType.PENGAWAS, head), Kind.GENERAL, 1);
			}
		}

		void opd(Opd opd, int sekda, int index) {
			this.kinds.put(opd.code(), opd.kind());
			int head = headPost(opd.code(), opd.head(), PositionType.JPT_PRATAMA, sekda);
			if (index % 8 == 2) {
				this.vacant.add(head);
			}
			String secretariat = opd.code() + ".SEKRETARIAT";
			unit(secretariat, "Sekretariat", null, opd.code());
			int secretary = headPost(secretariat, "Sekretaris", PositionType.ADMINISTRATOR, head);
			if (index % 8 == 2) {
				this.posts.get(head).actingNip = "";
			}
			post(secretariat, "Perencana Ahli Muda", PositionType.FUNGSIONAL, Jenjang.AHLI_MUDA, secretary, false);
			for (int s = 0; s < this.profile.subbagian(); s++) {
				String code = secretariat + "." + SUBBAGIAN_CODES.get(s);
				unit(code, SUBBAGIAN.get(s), null, secretariat);
				leaf(code, headPost(code, "Kepala " + SUBBAGIAN.get(s), PositionType.PENGAWAS, secretary), Kind.GENERAL,
						1);
			}
			List<Field> fields = opd.fields();
			for (int f = 0; f < this.profile.bidang(); f++) {
				Field field = fields.get(f % fields.size());
				String code = opd.code() + "." + ((field.code() != null) ? field.code() : "BID" + (f + 1));
				unit(code, field.name(), field.abbreviation(), opd.code());
				String headName = field.name().startsWith("Inspektur") ? field.name() : "Kepala " + field.name();
				int kabid = headPost(code, headName, PositionType.ADMINISTRATOR, head);
				Functional family = FUNCTIONALS.get(opd.kind()).get(0);
				post(code, family.name() + " " + label(Jenjang.AHLI_MUDA), PositionType.FUNGSIONAL, Jenjang.AHLI_MUDA,
						kabid, false);
				String topic = field.name().replaceFirst("^(Bidang|Bagian|Inspektur Pembantu) ", "");
				for (int s = 0; s < this.profile.seksi(); s++) {
					String sectionCode = code + ".S" + (s + 1);
					String sectionName = (s < field.sections().size()) ? field.sections().get(s)
							: SECTION_PREFIXES.get(s) + " " + topic;
					unit(sectionCode, sectionName, null, code);
					leaf(sectionCode, headPost(sectionCode, "Kepala " + sectionName, PositionType.PENGAWAS, kabid),
							opd.kind(), 1);
				}
			}
		}

		/**
		 * Fill the larger sizes up to their unit count with regional branches, each with
		 * 6 to 8 UPTDs (schools, community health centres, technical offices), spread
		 * over the OPDs, the education and health ones first.
		 */
		void branches(List<Opd> opds) {
			int missing = this.profile.targetUnits() - this.units.size();
			if (missing <= 0) {
				return;
			}
			int perBranch = 8;
			int branches = Math.max(1, Math.round(missing / (float) (perBranch + 1)));
			List<Opd> order = new ArrayList<>();
			opds.stream()
				.filter((opd) -> opd.kind() == Kind.EDUCATION || opd.kind() == Kind.HEALTH)
				.forEach(order::add);
			opds.stream().filter((opd) -> !order.contains(opd)).forEach(order::add);
			int[] counts = new int[order.size()];
			for (int b = 0; b < branches; b++) {
				counts[b % order.size()]++;
			}
			int made = 0;
			for (int o = 0; o < order.size(); o++) {
				Opd opd = order.get(o);
				int head = this.headPosts.get(opd.code());
				for (int b = 1; b <= counts[o]; b++) {
					int uptds = (made++ < branches - 1) ? perBranch
							: Math.max(3, Math.min(12, missing - (branches - 1) * (perBranch + 1) - 1));
					branch(opd, b, head, uptds);
				}
			}
		}

		void branch(Opd opd, int number, int above, int uptds) {
			String code = opd.code() + ".CAB" + number;
			String name = switch (opd.kind()) {
				case EDUCATION ->
					(this.type == AgencyType.PROVINSI) ? "Cabang Dinas Pendidikan Wilayah " + roman(number)
							: "Koordinator Wilayah Pendidikan " + roman(number);
				case HEALTH -> "Koordinator Pelayanan Kesehatan Wilayah " + roman(number);
				default -> "Cabang " + opd.abbreviation() + " Wilayah " + roman(number);
			};
			unit(code, name, null, opd.code());
			int head = headPost(code, "Kepala " + name, PositionType.ADMINISTRATOR, above);
			for (int u = 1; u <= uptds; u++) {
				this.uptds++;
				String place = PLACES.get(this.uptds % PLACES.size());
				String uptdName = switch (opd.kind()) {
					case EDUCATION ->
						((this.type == AgencyType.PROVINSI) ? "SMA Negeri " : "SMP Negeri ") + this.uptds + " " + place;
					case HEALTH -> "UPTD Puskesmas " + place + " " + roman(1 + this.uptds / PLACES.size());
					default -> "UPTD " + opd.abbreviation() + " " + place + " " + roman(1 + this.uptds / PLACES.size());
				};
				String uptd = code + ".U" + u;
				unit(uptd, uptdName, null, code);
				leaf(uptd, headPost(uptd, "Kepala " + uptdName, PositionType.PENGAWAS, head), opd.kind(), 2);
			}
		}

		/** Give each named person a post: one of that name in the unit, or a new one. */
		void seatNamed() {
			for (NamedPerson person : this.spec.named()) {
				Seat seat = person.seat();
				Integer head = this.headPosts.get(seat.unitCode());
				if (head == null) {
					throw new IllegalArgumentException("No unit " + seat.unitCode() + " for " + person.nip());
				}
				int found = -1;
				for (int i = 0; i < this.posts.size() && found < 0; i++) {
					Draft post = this.posts.get(i);
					if (post.unitCode.equals(seat.unitCode()) && post.name.equals(seat.postName())
							&& !this.named.containsKey(i)) {
						found = i;
					}
				}
				if (found < 0) {
					found = post(seat.unitCode(), seat.postName(), seat.type(), seat.jenjang(), head, false);
				}
				Draft post = this.posts.get(found);
				post.type = seat.type();
				post.jenjang = seat.jenjang();
				this.named.put(found, person);
			}
		}

		/**
		 * Real structure data is never clean; the demo shows the structure-health page at
		 * work: a section head post left vacant with no acting holder, and a driver's
		 * post placed directly under a head of office (skipping two levels).
		 */
		void addKnownFlaws() {
			Integer kabid = this.headPosts.get("DISDIK.BID1");
			Integer kadis = this.headPosts.get("DPUPR");
			if (kabid == null || kadis == null) {
				return;
			}
			unit("DISDIK.BID1.S3", "Seksi Kurikulum Sekolah Dasar", null, "DISDIK.BID1");
			int vacantHead = headPost("DISDIK.BID1.S3", "Kepala Seksi Kurikulum Sekolah Dasar", PositionType.PENGAWAS,
					kabid);
			this.vacant.add(vacantHead);
			for (int i = 0; i < 2; i++) {
				post("DISDIK.BID1.S3", "Pengelola Kurikulum", PositionType.PELAKSANA, null, vacantHead, false);
			}
			post("DPUPR", "Pengemudi", PositionType.PELAKSANA, null, kadis, false);
		}

		/**
		 * In the larger sizes leave about 2% of the administrator and supervisor head
		 * posts vacant, three in four with the holder of the post above acting (Plt).
		 */
		void chooseVacancies(int top) {
			if (this.spec.employees() < CITY_FROM) {
				return;
			}
			for (int i = 0; i < this.posts.size(); i++) {
				Draft post = this.posts.get(i);
				if (i != top && post.headsUnit && !this.named.containsKey(i) && !this.vacant.contains(i)
						&& (post.type == PositionType.ADMINISTRATOR || post.type == PositionType.PENGAWAS)
						&& this.people.chance(0.02)) {
					this.vacant.add(i);
					if (this.people.chance(0.75)) {
						post.actingNip = "^";
					}
				}
			}
		}

		/** Hand out the employees not yet placed over the leaf units, in teams. */
		void staff() {
			int filled = (int) java.util.stream.IntStream.range(0, this.posts.size())
				.filter((i) -> !this.vacant.contains(i))
				.count();
			int remaining = this.spec.employees() - filled;
			if (remaining < this.leaves.size()) {
				throw new IllegalArgumentException("Too few employees for the structure: " + this.spec.employees());
			}
			double[] weights = new double[this.leaves.size()];
			double total = 0;
			for (int i = 0; i < weights.length; i++) {
				weights[i] = this.leaves.get(i).weight() * (0.7 + 0.6 * this.people.between(0, 1000) / 1000.0);
				total += weights[i];
			}
			int extra = remaining - this.leaves.size();
			double cumulative = 0;
			int given = 0;
			for (int i = 0; i < weights.length; i++) {
				cumulative += weights[i];
				int upTo = (int) Math.round(extra * cumulative / total);
				team(this.leaves.get(i), 1 + upTo - given);
				given = upTo;
			}
		}

		/**
		 * Staff a unit: up to 10 report to its head; more work in teams of about 11 led
		 * by a senior functional post, so that nobody leads more than 12.
		 */
		void team(Leaf leaf, int count) {
			List<Functional> families = FUNCTIONALS.get(leaf.kind());
			double functional = (leaf.weight() > 1) ? 0.8 : 0.3;
			if (count <= 10) {
				for (int i = 0; i < count; i++) {
					member(leaf, leaf.head(), i > 0 && this.people.chance(functional), families);
				}
				return;
			}
			int leaders = (int) Math.ceil(count / 12.0);
			int direct = Math.min(Math.max(0, 12 - leaders), 2);
			int members = count - leaders - direct;
			for (int i = 0; i < direct; i++) {
				member(leaf, leaf.head(), false, families);
			}
			for (int t = 0; t < leaders; t++) {
				Functional family = this.people.pick(families);
				Jenjang level = family.levels().get(family.levels().size() - 1);
				int leader = post(leaf.unitCode(), family.name() + " " + label(level), PositionType.FUNGSIONAL, level,
						leaf.head(), false);
				int size = members / leaders + ((t < members % leaders) ? 1 : 0);
				for (int m = 0; m < size; m++) {
					member(leaf, leader, this.people.chance(functional), List.of(family));
				}
			}
		}

		void member(Leaf leaf, int above, boolean functional, List<Functional> families) {
			if (functional) {
				Functional family = this.people.pick(families);
				List<Jenjang> levels = family.levels().subList(0, family.levels().size() - 1);
				Jenjang level = this.people.pick(levels);
				post(leaf.unitCode(), family.name() + " " + label(level), PositionType.FUNGSIONAL, level, above, false);
			}
			else {
				post(leaf.unitCode(), this.people.pick(PELAKSANA), PositionType.PELAKSANA, null, above, false);
			}
		}

		/**
		 * Put people in the posts and acting holders in the vacant posts that get one.
		 */
		AgencyBlueprint assemble() {
			List<AgencyBlueprint.Person> persons = new ArrayList<>();
			String[] holders = new String[this.posts.size()];
			for (int i = 0; i < this.posts.size(); i++) {
				Draft post = this.posts.get(i);
				NamedPerson named = this.named.get(i);
				if (named != null) {
					if (!Nip.check(named.nip()).valid()) {
						throw new IllegalArgumentException("Invalid NIP " + named.nip());
					}
					persons.add(new AgencyBlueprint.Person(named.nip(),
							DemoPeople.named(named.printedName(), named.nip(), named.golongan()), i));
					holders[i] = named.nip();
				}
				else if (!this.vacant.contains(i)) {
					boolean pppk = !post.type.isStructural() && this.people.chance(
							(post.type == PositionType.FUNGSIONAL && this.spec.employees() >= CITY_FROM) ? 0.3 : 0.08);
					DemoPeople.Person person = this.people.person(post.type, post.jenjang, pppk);
					persons.add(new AgencyBlueprint.Person(person.nip(), person.details(), i));
					holders[i] = person.nip();
				}
			}
			List<AgencyBlueprint.Post> posts = new ArrayList<>(this.posts.size());
			for (int i = 0; i < this.posts.size(); i++) {
				Draft post = this.posts.get(i);
				String acting = null;
				if (post.actingNip != null) {
					acting = actingFor(i, holders);
				}
				posts.add(new AgencyBlueprint.Post(post.unitCode, post.name, post.type, post.jenjang, post.reportsTo,
						post.headsUnit, acting));
			}
			return new AgencyBlueprint(this.spec.agencyCode(), this.spec.agencyName(), this.type, this.units, posts,
					persons);
		}

		/**
		 * The acting holder of a vacant post: for the head of an OPD its secretary,
		 * otherwise whoever holds the nearest filled post above.
		 */
		@Nullable String actingFor(int post, String[] holders) {
			if ("".equals(this.posts.get(post).actingNip)) {
				String secretary = holders[this.headPosts.get(this.posts.get(post).unitCode + ".SEKRETARIAT")];
				if (secretary != null) {
					return secretary;
				}
			}
			int above = this.posts.get(post).reportsTo;
			while (above >= 0 && holders[above] == null) {
				above = this.posts.get(above).reportsTo;
			}
			return (above >= 0) ? holders[above] : null;
		}

		void unit(String code, String name, @Nullable String abbreviation, @Nullable String parent) {
			this.units.add(new AgencyBlueprint.Unit(code, name, abbreviation, parent));
		}

		int headPost(String unitCode, String name, PositionType type, int above) {
			int post = post(unitCode, name, type, null, above, true);
			this.headPosts.put(unitCode, post);
			return post;
		}

		int post(String unitCode, String name, PositionType type, @Nullable Jenjang jenjang, int above,
				boolean headsUnit) {
			this.posts.add(new Draft(unitCode, name, type, jenjang, above, headsUnit));
			return this.posts.size() - 1;
		}

		void leaf(String unitCode, int head, Kind kind, double weight) {
			this.leaves.add(new Leaf(unitCode, head, kind, weight));
		}

	}

	private static String label(Jenjang jenjang) {
		return switch (jenjang) {
			case PEMULA -> "Pemula";
			case TERAMPIL -> "Terampil";
			case MAHIR -> "Mahir";
			case PENYELIA -> "Penyelia";
			case AHLI_PERTAMA -> "Ahli Pertama";
			case AHLI_MUDA -> "Ahli Muda";
			case AHLI_MADYA -> "Ahli Madya";
			case AHLI_UTAMA -> "Ahli Utama";
		};
	}

	private static String roman(int number) {
		String[] tens = { "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC" };
		String[] ones = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
		return "C".repeat(number / 100) + tens[(number / 10) % 10] + ones[number % 10];
	}

}
