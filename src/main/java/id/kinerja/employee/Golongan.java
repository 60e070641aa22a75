package id.kinerja.employee;

import java.util.Arrays;
import java.util.Optional;

import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;

/** Ranks: PNS golongan/ruang with their pangkat names, and PPPK golongan I to XVII. */
public enum Golongan {

	I_A("I/a", "Juru Muda"), I_B("I/b", "Juru Muda Tingkat I"), I_C("I/c", "Juru"), I_D("I/d", "Juru Tingkat I"),
	II_A("II/a", "Pengatur Muda"), II_B("II/b", "Pengatur Muda Tingkat I"), II_C("II/c", "Pengatur"),
	II_D("II/d", "Pengatur Tingkat I"), III_A("III/a", "Penata Muda"), III_B("III/b", "Penata Muda Tingkat I"),
	III_C("III/c", "Penata"), III_D("III/d", "Penata Tingkat I"), IV_A("IV/a", "Pembina"),
	IV_B("IV/b", "Pembina Tingkat I"), IV_C("IV/c", "Pembina Utama Muda"), IV_D("IV/d", "Pembina Utama Madya"),
	IV_E("IV/e", "Pembina Utama"),

	PPPK_I("I", null), PPPK_II("II", null), PPPK_III("III", null), PPPK_IV("IV", null), PPPK_V("V", null),
	PPPK_VI("VI", null), PPPK_VII("VII", null), PPPK_VIII("VIII", null), PPPK_IX("IX", null), PPPK_X("X", null),
	PPPK_XI("XI", null), PPPK_XII("XII", null), PPPK_XIII("XIII", null), PPPK_XIV("XIV", null), PPPK_XV("XV", null),
	PPPK_XVI("XVI", null), PPPK_XVII("XVII", null);

	private final String code;

	private final @Nullable String pangkat;

	Golongan(String code, @Nullable String pangkat) {
		this.code = code;
		this.pangkat = pangkat;
	}

	/** Return the code as written in documents: {@code III/a}, or {@code IX} for PPPK. */
	public String code() {
		return this.code;
	}

	/** Return the pangkat name (PNS only). */
	public @Nullable String pangkat() {
		return this.pangkat;
	}

	/** Return the ASN type this rank belongs to. */
	public Nip.AsnType asnType() {
		return name().startsWith("PPPK_") ? Nip.AsnType.PPPK : Nip.AsnType.PNS;
	}

	/**
	 * Find the rank of an ASN type by its written code, case-insensitively for the ruang
	 * letter.
	 */
	public static Optional<Golongan> of(Nip.AsnType type, String code) {
		String wanted = code.strip();
		return Arrays.stream(values())
			.filter((golongan) -> golongan.asnType() == type)
			.filter((golongan) -> golongan.code.equalsIgnoreCase(wanted))
			.findFirst();
	}

}
