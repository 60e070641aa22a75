package id.kinerja.monitoring.board;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import id.kinerja.DemoAgencyTest;
import id.kinerja.TestSignIn;
import id.kinerja.agency.Agency;
import id.kinerja.agency.AgencyRepository;
import id.kinerja.agency.AgencyType;
import id.kinerja.agency.Position;
import id.kinerja.agency.PositionService;
import id.kinerja.agency.PositionType;
import id.kinerja.agency.Unit;
import id.kinerja.agency.UnitService;
import id.kinerja.employee.AssignmentKind;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeService;
import id.kinerja.employee.Golongan;

import id.kinerja.identity.AccountService;
import id.kinerja.shared.Nip;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One team board request takes as many SQL statements for 30 direct subordinates as for
 * 3, whatever mix of definitive holders, acting holders (Plt) and vacant posts passed
 * over makes up the team. Counted with datasource-proxy on the request's thread, with the
 * bearer principal worked out afresh on every call so that the account's own reading
 * (grants and derived roles) is counted too. A context of its own: the counting data
 * source wraps the pool.
 */
@DemoAgencyTest
@Import(TeamBoardStatementsIntegrationTests.CountStatements.class)
@TestPropertySource(properties = "kinerja.security.bearer-user-ttl=PT0S")
class TeamBoardStatementsIntegrationTests {

	static final LocalDate D0 = LocalDate.of(2020, 1, 1);

	/**
	 * The most statements one board may take with the principal worked out afresh: 27
	 * today (the account, its grants and its derived roles, then the team and the board).
	 * With the principal kept, a board costs about a dozen fewer.
	 */
	static final long MOST = 30;

	@TestConfiguration(proxyBeanMethods = false)
	static class CountStatements {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource source && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(source).name("counted").countQuery().build();
					}
					return bean;
				}
			};
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyRepository agencies;

	@Autowired
	UnitService units;

	@Autowired
	PositionService positions;

	@Autowired
	EmployeeService employees;

	@Autowired
	AccountService accounts;

	static int sequence = 0;

	@Test
	void takesAsManyStatementsForThirtySubordinatesAsForThree() throws Exception {
		long three = statementsOfOneBoard(3);
		long thirty = statementsOfOneBoard(30);
		assertThat(thirty).as("statements for 30 subordinates against %d for 3", three).isEqualTo(three);
		assertThat(thirty).isLessThanOrEqualTo(MOST);
	}

	/**
	 * Build a team of the given size in an agency of its own (one vacant post passed
	 * over, a third acting holders whose own post lies below the post they act in, the
	 * rest definitive holders), check its board lists exactly them, and return the
	 * statements of a second board request.
	 */
	long statementsOfOneBoard(int size) throws Exception {
		String code = "TS" + (++sequence);
		long agency = this.agencies.save(Agency.create("KAB-" + code, "Kabupaten Uji " + code, AgencyType.KABUPATEN))
			.getId();
		Unit unit = this.units.create(agency, code, "Dinas Uji " + code, null, null);
		Position top = this.positions.create(agency, unit.getId(), "Kepala Dinas", PositionType.JPT_PRATAMA, null, null,
				true);
		Employee boss = hire(agency, "Kepala", top);
		int acting = size / 3;
		// A vacant post passes its own post below up to the boss.
		Position vacant = post(agency, unit, "Kepala Bidang", PositionType.ADMINISTRATOR, top);
		hire(agency, "Kasi", post(agency, unit, "Kepala Seksi", PositionType.PENGAWAS, vacant));
		for (int i = 0; i < acting; i++) {
			Position head = post(agency, unit, "Kepala Bidang " + i, PositionType.ADMINISTRATOR, top);
			Employee plt = hire(agency, "Plt " + i,
					post(agency, unit, "Kepala Seksi " + i, PositionType.PENGAWAS, head));
			this.employees.assign(agency, plt.getId(), head.getId(), AssignmentKind.PLT, D0.plusDays(1), null,
					"Plt. Kepala Bidang");
		}
		for (int i = 0; i < size - 1 - acting; i++) {
			hire(agency, "Staf " + i, post(agency, unit, "Analis " + i, PositionType.PELAKSANA, top));
		}
		this.accounts.setMissingPasswords(agency, this.accounts.hash(DemoAgencyTest.PASSWORD), false);
		String bearer = TestSignIn.bearer(this.mvc, boss.getNip());
		// The first board of a new agency sets its year up: count the second.
		String json = this.mvc.perform(get("/api/v1/team").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<?>) JsonPath.read(json, "$.members")).hasSize(size);
		QueryCountHolder.clear();
		this.mvc.perform(get("/api/v1/team").header("Authorization", bearer)).andExpect(status().isOk());
		long statements = QueryCountHolder.get("counted").getTotal();
		QueryCountHolder.clear();
		assertThat(statements).as("statements counted").isPositive();
		return statements;
	}

	Position post(long agency, Unit unit, String name, PositionType type, Position above) {
		return this.positions.create(agency, unit.getId(), name, type, null, above.getId(), false);
	}

	Employee hire(long agency, String name, Position post) {
		int n = 100 + (++sequence);
		String nip = String.format("198103%02d2006021%03d", 1 + (n % 28), n);
		Nip parsed = Nip.check(nip).nip();
		Employee.Details details = new Employee.Details(name, null, null, "L", parsed.birthDate(), Nip.AsnType.PNS,
				Golongan.III_C, null, null);
		return this.employees.register(agency, nip, details, post.getId(), D0);
	}

}
