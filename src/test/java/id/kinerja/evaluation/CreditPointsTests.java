package id.kinerja.evaluation;

import java.math.BigDecimal;

import id.kinerja.agency.Jenjang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditPointsTests {

	@ParameterizedTest(name = "{0} {1} {2} months -> {3}")
	@CsvSource({ "AHLI_PERTAMA, SANGAT_BAIK, 12, 18.75", "AHLI_PERTAMA, BAIK, 12, 12.50",
			"AHLI_MUDA, BUTUH_PERBAIKAN, 12, 18.75", "AHLI_MADYA, KURANG, 12, 18.75",
			"AHLI_UTAMA, SANGAT_KURANG, 12, 12.50", "PEMULA, BAIK, 12, 3.75", "TERAMPIL, SANGAT_BAIK, 12, 7.50",
			"MAHIR, BAIK, 6, 6.25", "PENYELIA, BAIK, 7, 14.58", "PEMULA, SANGAT_BAIK, 1, 0.47",
			"AHLI_PERTAMA, SANGAT_BAIK, 5, 7.81" })
	void proRatesThePredikatShareOfTheYearlyCoefficient(Jenjang jenjang, Predikat predikat, int months,
			String expected) {
		assertThat(CreditPoints.of(jenjang, predikat, months)).isEqualByComparingTo(new BigDecimal(expected));
		assertThat(CreditPoints.of(jenjang, predikat, months).scale()).isEqualTo(2);
	}

	@Test
	void refusesMonthsOutsideTheYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditPoints.of(Jenjang.MAHIR, Predikat.BAIK, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditPoints.of(Jenjang.MAHIR, Predikat.BAIK, 13));
	}

}
