package id.kinerja.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kinerja.employee.ReportingLines;
import id.kinerja.evaluation.AnnualResults;
import id.kinerja.evaluation.DistributionCurve;
import id.kinerja.evaluation.OrganisationPredikat;
import id.kinerja.evaluation.Predikat;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks a stored year-end against the curve, from the rows alone: every unit with an
 * organisation result, its population by the rule of {@code domain.md} section 5 (the
 * employees whose plan's unit is the unit or below it, except those under a sub-unit with
 * its own result and the unit's own leader, who counts in the nearest ancestor with a
 * result) and {@link DistributionCurve#check} of their combined annual predikat.
 */
final class YearEndCurves {

	private YearEndCurves() {
	}

	record Verdict(String code, DistributionCurve.Check check, List<AnnualResults.AnnualResult> people) {
	}

	private record UnitRow(long id, @Nullable Long parentId, String code) {
	}

	static List<Verdict> verdicts(JdbcClient jdbc, AnnualResults annualResults, ReportingLines lines, long agencyId,
			int year) {
		Map<Long, UnitRow> units = new HashMap<>();
		jdbc.sql("SELECT id, parent_id, code FROM unit WHERE agency_id = ?")
			.param(agencyId)
			.query(UnitRow.class)
			.list()
			.forEach((unit) -> units.put(unit.id(), unit));
		Map<Long, OrganisationPredikat> results = new HashMap<>();
		jdbc.sql("SELECT unit_id, predikat FROM organisation_result WHERE agency_id = ? AND result_year = ?")
			.param(agencyId)
			.param(year)
			.query((rs, n) -> Map.entry(rs.getLong(1), OrganisationPredikat.valueOf(rs.getString(2))))
			.list()
			.forEach((entry) -> results.put(entry.getKey(), entry.getValue()));
		Map<Long, Long> leaders = lines.unitLeaders(agencyId, LocalDate.now());
		Map<Long, List<AnnualResults.AnnualResult>> population = new HashMap<>();
		for (AnnualResults.AnnualResult result : annualResults.ofYear(agencyId, year)) {
			Long unit = result.unitId();
			if (unit == null) {
				continue;
			}
			Long u = Long.valueOf(result.employeeId()).equals(leaders.get(unit)) ? units.get(unit).parentId() : unit;
			while (u != null && !results.containsKey(u)) {
				u = units.get(u).parentId();
			}
			if (u != null) {
				population.computeIfAbsent(u, (key) -> new ArrayList<>()).add(result);
			}
		}
		List<Verdict> verdicts = new ArrayList<>();
		results.forEach((unit, predikat) -> {
			List<AnnualResults.AnnualResult> people = population.getOrDefault(unit, List.of());
			Map<Predikat, @Nullable Integer> counts = new EnumMap<>(Predikat.class);
			people.forEach((person) -> counts.merge(person.predikat(), 1, Integer::sum));
			verdicts.add(new Verdict(units.get(unit).code(), DistributionCurve.check(predikat, counts), people));
		});
		return verdicts;
	}

}
