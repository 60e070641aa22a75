package id.kinerja.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PredikatTests {

	@ParameterizedTest(name = "{0} x {1} -> {2}")
	@CsvSource({ "DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG", "DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
			"DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SANGAT_BAIK", "SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
			"SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK", "SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BAIK",
			"DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
			"DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
			"DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN" })
	void followsTheMatrixInEveryCell(Rating hasil, Rating perilaku, Predikat expected) {
		assertThat(Predikat.of(hasil, perilaku)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "ISTIMEWA, DI_ATAS_EKSPEKTASI", "BAIK, SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN, DI_BAWAH_EKSPEKTASI",
			"KURANG, DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG, DI_BAWAH_EKSPEKTASI" })
	void givesTheUnitLeaderTheOrganisationResultAsRatingHasil(OrganisationPredikat unit, Rating expected) {
		assertThat(unit.leaderRatingHasil()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "SANGAT_BAIK, BAIK, true", "BAIK, BAIK, true", "BUTUH_PERBAIKAN, BAIK, false",
			"SANGAT_KURANG, KURANG, false" })
	void ordersPredikatBestFirst(Predikat predikat, Predikat other, boolean atLeast) {
		assertThat(predikat.atLeast(other)).isEqualTo(atLeast);
	}

}
