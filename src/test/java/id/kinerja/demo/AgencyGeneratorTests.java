package id.kinerja.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.kinerja.agency.PositionType;
import id.kinerja.shared.Nip;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgencyGeneratorTests {

	@Test
	void makesTheSameAgencyForTheSameSeed() {
		AgencyBlueprint first = AgencyGenerator.generate(AgencyGenerator.Spec.of(2_000, 7, "GEN-A", "Kota A"));
		AgencyBlueprint second = AgencyGenerator.generate(AgencyGenerator.Spec.of(2_000, 7, "GEN-A", "Kota A"));
		AgencyBlueprint other = AgencyGenerator.generate(AgencyGenerator.Spec.of(2_000, 8, "GEN-A", "Kota A"));
		assertThat(first).isEqualTo(second);
		assertThat(other.people()).isNotEqualTo(first.people());
	}

	@Test
	void shapesASmallAgencyLikeTheDemo() {
		AgencyBlueprint small = AgencyGenerator.generate(AgencyGenerator.Spec.of(300, 42, "GEN-S", "Kota S"));
		assertThat(small.units().stream().filter((unit) -> unit.parentCode() == null)).hasSize(10);
		assertThat(small.depth()).isEqualTo(4);
		assertValid(small, 300);
		assertThat(small.posts()).filteredOn((post) -> post.actingNip() != null)
			.extracting(AgencyBlueprint.Post::unitCode)
			.containsExactly("DINKES");
	}

	@Test
	void shapesACityOfFifteenThousand() {
		AgencyBlueprint city = AgencyGenerator.generate(AgencyGenerator.Spec.of(15_000, 42, "GEN-K", "Kota K"));
		assertThat(city.type()).isEqualTo(id.kinerja.agency.AgencyType.KOTA);
		assertThat(city.units()).hasSizeBetween(360, 440);
		assertThat(city.depth()).isEqualTo(5);
		assertValid(city, 15_000);
	}

	@Test
	void shapesAProvinceOfAHundredThousand() {
		AgencyBlueprint province = AgencyGenerator
			.generate(AgencyGenerator.Spec.of(100_000, 42, "GEN-P", "Provinsi P"));
		assertThat(province.type()).isEqualTo(id.kinerja.agency.AgencyType.PROVINSI);
		assertThat(province.units()).hasSizeBetween(2_250, 2_750);
		assertThat(province.depth()).isEqualTo(6);
		assertValid(province, 100_000);
	}

	@Test
	void seatsTheNamedDemoPeopleAndAddsTheKnownFlaws() {
		AgencyBlueprint demo = AgencyGenerator.generate(DemoSeeder.spec());
		assertValid(demo, DemoSeeder.SIZE);
		Map<String, AgencyBlueprint.Person> byNip = new HashMap<>();
		demo.people().forEach((person) -> byNip.put(person.nip(), person));
		for (DemoSeeder.DemoEmployee employee : DemoSeeder.EMPLOYEES) {
			AgencyBlueprint.Person person = byNip.get(employee.nip());
			assertThat(person).as(employee.nip()).isNotNull();
			AgencyBlueprint.Post post = demo.posts().get(person.post());
			assertThat(post.unitCode()).isEqualTo(employee.seat().unitCode());
			assertThat(post.name()).isEqualTo(employee.seat().postName());
			assertThat(post.type()).isEqualTo(employee.seat().type());
			assertThat(person.details().golongan()).isEqualTo(employee.golongan());
		}
		List<Integer> held = demo.people().stream().map(AgencyBlueprint.Person::post).toList();
		assertThat(demo.posts()).filteredOn((post) -> post.unitCode().equals("DISDIK.BID1.S3") && post.headsUnit())
			.singleElement()
			.satisfies((post) -> {
				assertThat(post.actingNip()).isNull();
				assertThat(held).doesNotContain(demo.posts().indexOf(post));
			});
		assertThat(demo.posts()).filteredOn((post) -> post.name().equals("Pengemudi"))
			.singleElement()
			.satisfies((post) -> assertThat(demo.posts().get(post.reportsTo()).type())
				.isEqualTo(PositionType.JPT_PRATAMA));
	}

	@Test
	void passesOverReservedNips() {
		AgencyBlueprint plain = AgencyGenerator.generate(AgencyGenerator.Spec.of(300, 3, "GEN-R", "Kota R"));
		String taken = plain.people().get(5).nip();
		AgencyBlueprint reserved = AgencyGenerator
			.generate(new AgencyGenerator.Spec(300, 3, "GEN-R", "Kota R", List.of(), Set.of(taken), false));
		assertThat(reserved.people()).extracting(AgencyBlueprint.Person::nip).doesNotContain(taken);
		assertThat(reserved.people().get(5).nip()).startsWith(taken.substring(0, 15));
		assertThat(reserved.people().get(6)).isEqualTo(plain.people().get(6));
	}

	@Test
	void refusesSizesOutsideItsRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgencyGenerator.Spec.of(299, 1, "X", "X"));
		assertThatIllegalArgumentException().isThrownBy(() -> AgencyGenerator.Spec.of(1_000_001, 1, "X", "X"));
	}

	/**
	 * Every NIP valid and unique and agreeing with the data, everyone but the top with a
	 * supervisor, spans of control within 3 to 12 (but the regional secretary's), ranks
	 * fitting the posts, functional posts with a level, and some PPPK.
	 */
	private static void assertValid(AgencyBlueprint agency, int employees) {
		assertThat(agency.people()).hasSize(employees);
		Set<String> nips = new HashSet<>();
		for (AgencyBlueprint.Person person : agency.people()) {
			Nip.Check check = Nip.check(person.nip());
			assertThat(check.errors()).as(person.nip()).isEmpty();
			assertThat(nips.add(person.nip())).as("duplicate " + person.nip()).isTrue();
			assertThat(check.nip().sex()).isEqualTo(person.details().sex());
			assertThat(check.nip().asnType()).isEqualTo(person.details().asnType());
			assertThat(person.details().golongan().asnType()).isEqualTo(person.details().asnType());
			AgencyBlueprint.Post post = agency.posts().get(person.post());
			if (post.type().isJpt()) {
				assertThat(person.details().golongan().code()).startsWith("IV/");
			}
		}
		List<@Nullable String> supervisors = agency.supervisorNips();
		assertThat(supervisors.stream().filter((nip) -> nip == null)).hasSize(1);
		assertThat(supervisors).filteredOn((nip) -> nip != null).allMatch(nips::contains);
		assertThat(agency.posts())
			.allSatisfy((post) -> assertThat(post.type() == PositionType.FUNGSIONAL).isEqualTo(post.jenjang() != null));
		int[] span = new int[agency.posts().size()];
		agency.posts().stream().filter((post) -> post.reportsTo() >= 0).forEach((post) -> span[post.reportsTo()]++);
		int leaders = 0;
		int inRange = 0;
		for (int i = 1; i < span.length; i++) {
			if (span[i] > 0) {
				leaders++;
				inRange += (span[i] >= 3 && span[i] <= 12) ? 1 : 0;
				assertThat(span[i]).as(agency.posts().get(i).name()).isLessThanOrEqualTo(12);
			}
		}
		assertThat(inRange).as("leaders with 3 to 12 reports").isGreaterThanOrEqualTo(leaders * 8 / 10);
		long pppk = agency.people().stream().filter((person) -> person.details().asnType() == Nip.AsnType.PPPK).count();
		assertThat(pppk).isBetween(employees / 100L, employees / 3L);
		assertThat(agency.people()).anyMatch((person) -> person.details().name().contains("'"));
		assertThat(agency.people()).anyMatch((person) -> person.details().frontTitle() != null);
		Set<String> units = new HashSet<>();
		agency.units().forEach((unit) -> {
			assertThat(unit.parentCode() == null || units.contains(unit.parentCode())).as(unit.code()).isTrue();
			assertThat(unit.code()).matches("[A-Za-z0-9._-]{1,32}");
			assertThat(units.add(unit.code())).isTrue();
		});
		assertThat(agency.posts()).allMatch((post) -> units.contains(post.unitCode()));
	}

}
