package id.kinerja.evaluation;

import java.time.LocalDate;
import java.util.List;

import id.kinerja.planning.AnnualCombination;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How several annual evaluations of one employee in a year combine, by each setting. */
class AnnualResultsTests {

	static AnnualResults.AnnualResult result(long id, String start, String end, Predikat predikat) {
		return new AnnualResults.AnnualResult(id, 7, 100 + id, null, LocalDate.parse(start), LocalDate.parse(end),
				(predikat != null) ? EvaluationStatus.RATED : EvaluationStatus.OPEN, predikat);
	}

	// Six months Baik, two months Butuh Perbaikan, four months Sangat Baik.
	static final List<AnnualResults.AnnualResult> YEAR = List.of(result(1, "2022-01-01", "2022-06-30", Predikat.BAIK),
			result(2, "2022-07-01", "2022-08-31", Predikat.BUTUH_PERBAIKAN),
			result(3, "2022-09-01", "2022-12-31", Predikat.SANGAT_BAIK));

	@Test
	void takesTheSkpCoveringTheMostMonthsByDefault() {
		assertThat(AnnualResults.combine(YEAR, AnnualCombination.LONGEST)).singleElement()
			.extracting(AnnualResults.AnnualResult::predikat)
			.isEqualTo(Predikat.BAIK);
	}

	@Test
	void givesATieToTheLaterSkp() {
		List<AnnualResults.AnnualResult> halves = List.of(result(1, "2022-01-01", "2022-06-30", Predikat.BAIK),
				result(2, "2022-07-01", "2022-12-28", Predikat.SANGAT_BAIK));
		assertThat(AnnualResults.combine(halves, AnnualCombination.LONGEST).get(0).evaluationId()).isEqualTo(2);
	}

	@Test
	void takesTheLatestSkpWhenSetSo() {
		assertThat(AnnualResults.combine(YEAR, AnnualCombination.LATEST)).singleElement()
			.extracting(AnnualResults.AnnualResult::predikat)
			.isEqualTo(Predikat.SANGAT_BAIK);
	}

	@Test
	void takesTheLowestPredikatWhenSetSo() {
		assertThat(AnnualResults.combine(YEAR, AnnualCombination.LOWEST)).singleElement()
			.extracting(AnnualResults.AnnualResult::predikat)
			.isEqualTo(Predikat.BUTUH_PERBAIKAN);
	}

	@Test
	void leavesTheLowestUnknownWhileAnSkpIsUnrated() {
		List<AnnualResults.AnnualResult> partly = List.of(result(1, "2022-01-01", "2022-06-30", Predikat.BAIK),
				result(2, "2022-07-01", "2022-12-31", null));
		assertThat(AnnualResults.combine(partly, AnnualCombination.LOWEST)).singleElement()
			.extracting(AnnualResults.AnnualResult::predikat)
			.isNull();
	}

	@Test
	void keepsOneResultPerEmployee() {
		List<AnnualResults.AnnualResult> two = List.of(result(1, "2022-01-01", "2022-12-31", Predikat.BAIK),
				new AnnualResults.AnnualResult(9, 8, 109, null, LocalDate.parse("2022-01-01"),
						LocalDate.parse("2022-12-31"), EvaluationStatus.RATED, Predikat.KURANG));
		assertThat(AnnualResults.combine(two, AnnualCombination.LOWEST))
			.extracting(AnnualResults.AnnualResult::predikat)
			.containsExactly(Predikat.BAIK, Predikat.KURANG);
	}

}
