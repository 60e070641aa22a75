package id.kinerja.planning;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkpDocumentTests {

	static SkpView.RhkView rhk(long id, String text, RhkKind kind, @Nullable Perspective perspective) {
		return new SkpView.RhkView(id, 0, (int) id, text, kind, null, null, null, null, perspective, null, List.of());
	}

	static SkpView plan(SkpFormat format, List<SkpView.RhkView> rhk) {
		return new SkpView(1, 0, "199203102019031005", "Nur'aini", 2026, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), SkpStatus.DRAFT, format, Approach.KUANTITATIF, "III/a", "Penata Muda", null,
				null, null, null, false, null, null, null, null, null, null, null, null, null, rhk, List.of(),
				List.of());
	}

	@Test
	void signsInTheRegionNamedByTheAgency() {
		assertThat(id.kinerja.web.PdfDocuments.place("Pemerintah Kota Contoh")).isEqualTo("Kota Contoh");
		assertThat(id.kinerja.web.PdfDocuments.place(" PEMERINTAH Kabupaten Lain ")).isEqualTo("Kabupaten Lain");
		assertThat(id.kinerja.web.PdfDocuments.place("Badan Kepegawaian Negara")).isEqualTo("Badan Kepegawaian Negara");
		assertThat(id.kinerja.web.PdfDocuments.place("Pemerintah")).isEqualTo("Pemerintah");
	}

	@Test
	void numbersEachKindFromOneWithoutPerspectivesOutsideJpt() {
		SkpView skp = plan(SkpFormat.NON_JPT, List.of(rhk(1, "a", RhkKind.UTAMA, null),
				rhk(2, "b", RhkKind.TAMBAHAN, null), rhk(3, "c", RhkKind.UTAMA, null)));
		List<SkpDocument.Group> utama = SkpDocument.groups(skp, RhkKind.UTAMA);
		assertThat(utama).hasSize(1);
		assertThat(utama.get(0).perspective()).isNull();
		assertThat(utama.get(0).rows()).extracting(SkpDocument.Row::number).containsExactly(1, 2);
		assertThat(utama.get(0).rows()).extracting((row) -> row.rhk().text()).containsExactly("a", "c");
		assertThat(SkpDocument.groups(skp, RhkKind.TAMBAHAN).get(0).rows()).extracting(SkpDocument.Row::number)
			.containsExactly(1);
		assertThat(SkpDocument.groups(plan(SkpFormat.NON_JPT, List.of()), RhkKind.UTAMA)).isEmpty();
	}

	@Test
	void groupsJptResultsByPerspectiveInTheirOfficialOrder() {
		SkpView skp = plan(SkpFormat.JPT,
				List.of(rhk(1, "budget", RhkKind.UTAMA, Perspective.ANGGARAN), rhk(2, "none", RhkKind.UTAMA, null),
						rhk(3, "service", RhkKind.UTAMA, Perspective.PENERIMA_LAYANAN),
						rhk(4, "budget 2", RhkKind.UTAMA, Perspective.ANGGARAN)));
		List<SkpDocument.Group> groups = SkpDocument.groups(skp, RhkKind.UTAMA);
		assertThat(groups).extracting(SkpDocument.Group::perspective)
			.containsExactly(Perspective.PENERIMA_LAYANAN, Perspective.ANGGARAN, null);
		assertThat(groups.get(1).rows()).extracting((row) -> row.rhk().text()).containsExactly("budget", "budget 2");
		assertThat(groups.stream().flatMap((group) -> group.rows().stream()).map(SkpDocument.Row::number))
			.containsExactly(1, 2, 3, 4);
	}

	@Test
	void givesAnRhkWithoutIndicatorsOneEmptyLine() {
		SkpDocument.Row row = new SkpDocument.Row(1, rhk(1, "a", RhkKind.UTAMA, null));
		assertThat(row.span()).isEqualTo(1);
		assertThat(row.lines()).containsExactly((SkpView.IndicatorView) null);
	}

}
