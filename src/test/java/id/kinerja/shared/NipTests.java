package id.kinerja.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NipTests {

	@Test
	void readsAPnsNip() {
		Nip.Check check = Nip.check(" 198506172010012004 ");
		assertThat(check.valid()).isTrue();
		assertThat(check.nip().value()).isEqualTo("198506172010012004");
		assertThat(check.nip().asnType()).isEqualTo(Nip.AsnType.PNS);
		assertThat(check.nip().birthDate()).isEqualTo(LocalDate.of(1985, 6, 17));
		assertThat(check.nip().sex()).isEqualTo("P");
	}

	@Test
	void readsAPppkNumber() {
		Nip.Check check = Nip.check("199007142022211001");
		assertThat(check.valid()).isTrue();
		assertThat(check.nip().asnType()).isEqualTo(Nip.AsnType.PPPK);
		assertThat(check.nip().sex()).isEqualTo("L");
	}

	@Test
	void rejectsWrongLength() {
		assertThat(Nip.check("19850617201001200").errors()).containsExactly("shared.nip.format");
		assertThat(Nip.check("19850617201001200a").errors()).containsExactly("shared.nip.format");
		assertThat(Nip.check(null).errors()).containsExactly("shared.nip.format");
	}

	@Test
	void recognisesANumberASpreadsheetMangled() {
		assertThat(Nip.check("1.98501E+17").errors()).containsExactly("shared.nip.spreadsheet");
		assertThat(Nip.check("1,98506E+17").errors()).containsExactly("shared.nip.spreadsheet");
	}

	@Test
	void rejectsImpossibleBirthDate() {
		assertThat(Nip.check("198502302010011001").errors()).contains("shared.nip.birth-date");
	}

	@Test
	void rejectsCodeThatIsNeitherMonthNorPppk() {
		assertThat(Nip.check("198506172010001001").errors()).contains("shared.nip.appointment-month");
	}

	@Test
	void rejectsWrongSexDigit() {
		assertThat(Nip.check("198506172010013001").errors()).contains("shared.nip.sex");
	}

	@Test
	void rejectsSequenceZero() {
		assertThat(Nip.check("198506172010012000").errors()).contains("shared.nip.sequence");
	}

	@Test
	void rejectsAppointmentBeforeAdulthood() {
		assertThat(Nip.check("198506171995012001").errors()).contains("shared.nip.appointment-year");
	}

}
