package id.kinerja.employee;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Jenjang;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.identity.AccountService;
import id.kinerja.identity.Role;
import id.kinerja.shared.Nip;

import org.springframework.context.ApplicationContext;

/**
 * A small dinas of its own in the demo agency, built through the services (no access
 * checks): the head (rated by the regional head), a bidang with a head, a section with a
 * head and two staff, a functional post, and a second bidang whose head post is vacant
 * with no acting holder. The head of the bidang and the first staff member can sign in;
 * so can an Admin OPD of the dinas, and an Admin BKPSDM of another agency.
 */
public final class StructureFixture {

	/** The password of every account the fixture makes. */
	public static final String PASSWORD = "rahasia-uji-1";

	/** The day everyone started. */
	public static final LocalDate START = LocalDate.of(2024, 1, 2);

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	public final long agencyId;

	public final String code;

	public final Unit dinas;

	public final Unit bidang;

	public final Unit seksi;

	public final Unit bidangKosong;

	public final Position kadisPost;

	public final Position kabidPost;

	public final Position kasiPost;

	public final Position staff1Post;

	public final Position staff2Post;

	public final Position analisPost;

	public final Position vacantHeadPost;

	public final Position vacantStaffPost;

	public final Employee kadis;

	public final Employee kabid;

	public final Employee kasi;

	public final Employee staff1;

	public final Employee staff2;

	public final Employee analis;

	/** Admin OPD of the dinas. */
	public final String adminOpd;

	/** Admin BKPSDM of another agency. */
	public final String otherAdmin;

	private final EmployeeService employees;

	private final AccountService accounts;

	/** Build a new dinas in the demo agency. */
	public static StructureFixture build(ApplicationContext context) {
		return new StructureFixture(context);
	}

	private StructureFixture(ApplicationContext context) {
		AgencyRepository agencies = context.getBean(AgencyRepository.class);
		UnitService units = context.getBean(UnitService.class);
		PositionService positions = context.getBean(PositionService.class);
		this.employees = context.getBean(EmployeeService.class);
		this.accounts = context.getBean(AccountService.class);
		this.agencyId = agencies.findByCode("KOTA-CONTOH").orElseThrow().getId();
		int n = SEQUENCE.incrementAndGet();
		this.code = "UJI" + n;
		this.dinas = units.create(this.agencyId, this.code, "Dinas Uji " + n, "Dinas Uji", null);
		this.bidang = units.create(this.agencyId, this.code + ".B", "Bidang Uji " + n, null, this.code);
		this.seksi = units.create(this.agencyId, this.code + ".B.S", "Seksi Uji " + n, null, this.code + ".B");
		this.bidangKosong = units.create(this.agencyId, this.code + ".K", "Bidang Kosong " + n, null, this.code);
		this.kadisPost = positions.create(this.agencyId, this.dinas.getId(), "Kepala Dinas Uji",
				PositionType.JPT_PRATAMA, null, null, true);
		this.kabidPost = positions.create(this.agencyId, this.bidang.getId(), "Kepala Bidang Uji",
				PositionType.ADMINISTRATOR, null, this.kadisPost.getId(), true);
		this.kasiPost = positions.create(this.agencyId, this.seksi.getId(), "Kepala Seksi Uji", PositionType.PENGAWAS,
				null, this.kabidPost.getId(), true);
		this.staff1Post = positions.create(this.agencyId, this.seksi.getId(), "Pengolah Data", PositionType.PELAKSANA,
				null, this.kasiPost.getId(), false);
		this.staff2Post = positions.create(this.agencyId, this.seksi.getId(), "Pengadministrasi Umum",
				PositionType.PELAKSANA, null, this.kasiPost.getId(), false);
		this.analisPost = positions.create(this.agencyId, this.dinas.getId(), "Analis Kebijakan Ahli Muda",
				PositionType.FUNGSIONAL, Jenjang.AHLI_MUDA, this.kadisPost.getId(), false);
		this.vacantHeadPost = positions.create(this.agencyId, this.bidangKosong.getId(), "Kepala Bidang Kosong",
				PositionType.ADMINISTRATOR, null, this.kadisPost.getId(), true);
		this.vacantStaffPost = positions.create(this.agencyId, this.bidangKosong.getId(), "Penata Laporan",
				PositionType.PELAKSANA, null, this.vacantHeadPost.getId(), false);
		this.kadis = hire("Kadis Uji " + n, this.kadisPost, false);
		this.kabid = hire("Kabid Uji " + n, this.kabidPost, true);
		this.kasi = hire("Kasi Uji " + n, this.kasiPost, false);
		this.staff1 = hire("Staf Satu " + n, this.staff1Post, true);
		this.staff2 = hire("Staf Dua " + n, this.staff2Post, false);
		this.analis = hire("Analis Uji " + n, this.analisPost, false);
		this.adminOpd = "opd-uji-" + n;
		this.accounts.createAccount(this.agencyId, this.adminOpd, "Admin OPD Uji " + n, PASSWORD, false,
				EnumSet.of(Role.ADMIN_OPD), this.dinas.getId());
		Agency other = agencies
			.save(Agency.create("LAIN-" + n, "Pemerintah Kabupaten Lain " + n, AgencyType.KABUPATEN));
		this.otherAdmin = "admin-lain-" + n;
		this.accounts.createAccount(other.getId(), this.otherAdmin, "Admin Lain " + n, PASSWORD, false,
				EnumSet.of(Role.ADMIN_BKPSDM), null);
	}

	private Employee hire(String name, Position post, boolean withAccount) {
		String nip = nextNip();
		if (withAccount) {
			this.accounts.createAccount(this.agencyId, nip, name, PASSWORD, false, EnumSet.of(Role.PEGAWAI), null);
		}
		Employee.Details details = new Employee.Details(name, null, "S.Kom.", "L", Nip.check(nip).nip().birthDate(),
				Nip.AsnType.PNS, Golongan.III_B, null, null);
		return this.employees.register(this.agencyId, nip, details, post.getId(), START);
	}

	/**
	 * Return a valid PNS NIP (male, born 1979, appointed March 2004) that no other test
	 * of this run uses; the sequence from 500 keeps clear of the demo people.
	 */
	public static String nextNip() {
		int n = SEQUENCE.incrementAndGet();
		return String.format("1979%02d%02d2004031%03d", 1 + (n % 12), 1 + ((n / 12) % 28), 500 + (n % 499));
	}

}
