package id.kinerja.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kinerja.agency.AgencyService;
import id.kinerja.employee.Employee;
import id.kinerja.employee.EmployeeDirectory;
import id.kinerja.employee.EmployeeRepository;
import id.kinerja.employee.EmployeeView;
import id.kinerja.employee.Supervisor;
import id.kinerja.monitoring.Realisation;
import id.kinerja.monitoring.RealisationQueries;
import id.kinerja.planning.CoreValue;
import id.kinerja.planning.Skp;
import id.kinerja.planning.SkpQueries;
import id.kinerja.planning.SkpView;
import id.kinerja.web.PdfDocuments;
import id.kinerja.shared.KinerjaException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints the Dokumen Evaluasi Kinerja Pegawai of one evaluation (periodic or annual): the
 * employee, the pejabat penilai and the atasan pejabat penilai; the hasil kerja with the
 * realisation and the feedback per RHK and the rating hasil kerja; the seven BerAKHLAK
 * values with the feedback and the rating perilaku kerja; the predikat; for the annual
 * evaluation the unit's predikat kinerja organisasi; notes and recommendations; the
 * appeal's outcome when decided; and the three sign-off blocks. Rendered from
 * {@code templates/evaluation/document.html} by openhtmltopdf with DejaVu Sans embedded,
 * like the SKP document; marked DRAF until final. For those who may read the plan (404
 * for another agency's or an unknown plan or period, 403 for others).
 */
@Service
public class EvaluationDocument {

	private final SignoffService signoff;

	private final SkpQueries plans;

	private final EvaluationAccess access;

	private final RealisationQueries realisations;

	private final OrganisationResultRepository organisationResults;

	private final AppealRepository appeals;

	private final EmployeeRepository employees;

	private final EmployeeDirectory directory;

	private final AgencyService agencies;

	private final ITemplateEngine templates;

	private final ZoneId zone;

	private final String css;

	EvaluationDocument(SignoffService signoff, SkpQueries plans, EvaluationAccess access,
			RealisationQueries realisations, OrganisationResultRepository organisationResults, AppealRepository appeals,
			EmployeeRepository employees, EmployeeDirectory directory, AgencyService agencies,
			ITemplateEngine templates, @Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.signoff = signoff;
		this.plans = plans;
		this.access = access;
		this.realisations = realisations;
		this.organisationResults = organisationResults;
		this.appeals = appeals;
		this.employees = employees;
		this.directory = directory;
		this.agencies = agencies;
		this.templates = templates;
		this.zone = zone;
		this.css = PdfDocuments.read("templates/skp/document.css") + "\n"
				+ PdfDocuments.read("templates/evaluation/document.css");
	}

	/**
	 * A rendered document.
	 *
	 * @param fileName the name to save it under, e.g. {@code Evaluasi-2026-Q1-<nip>.pdf}
	 * @param content the PDF
	 */
	public record Pdf(String fileName, byte[] content) {
	}

	/**
	 * A person in the header or a sign-off block.
	 *
	 * @param name the name with titles
	 * @param nip the NIP, null for the regional head
	 * @param rank pangkat and golongan
	 * @param position the post
	 * @param unit the unit
	 */
	public record Person(String name, @Nullable String nip, @Nullable String rank, @Nullable String position,
			@Nullable String unit) {
	}

	/**
	 * One indicator line of the hasil kerja table.
	 *
	 * @param rhk the RHK
	 * @param indicator the indicator, null for an RHK without any
	 * @param first whether it is the RHK's first line
	 * @param span how many lines the RHK spans
	 * @param realisation the realised value, null when none was reported
	 * @param feedback the pejabat penilai's feedback on the RHK
	 */
	public record ResultLine(SkpView.RhkView rhk, SkpView.@Nullable IndicatorView indicator, boolean first, int span,
			@Nullable String realisation, @Nullable String feedback) {
	}

	/**
	 * One BerAKHLAK value with the feedback.
	 *
	 * @param value the value
	 * @param feedback the pejabat penilai's feedback
	 */
	public record ValueLine(CoreValue value, @Nullable String feedback) {
	}

	/** Render the evaluation of the plan's period in the locale's language. */
	@Transactional(readOnly = true)
	public Pdf render(long skpId, String periodCode, Locale locale) {
		Evaluation evaluation = this.signoff.evaluation(skpId, periodCode);
		SkpView skp = this.plans.skp(skpId);
		Skp header = this.plans.header(skpId);
		String agencyName = this.agencies.current().getName();
		Context context = new Context(locale);
		context.setVariable("evaluation", evaluation);
		context.setVariable("skp", skp);
		context.setVariable("agencyName", agencyName);
		context.setVariable("place", PdfDocuments.place(agencyName));
		context.setVariable("final", evaluation.getStatus().locked());
		context.setVariable("employee", new Person(skp.name(), skp.nip(), rank(skp.pangkat(), skp.golongan()),
				skp.positionName(), skp.unitName()));
		Supervisor appraiser = this.access.appraiserOf(header);
		Long appraiserId = (evaluation.getRatedById() != null) ? evaluation.getRatedById() : appraiser.employeeId();
		Person appraiserPerson = (appraiserId != null) ? person(appraiserId)
				: appraiser.regionalHead() ? regionalHead(skp, agencyName) : null;
		context.setVariable("appraiser", appraiserPerson);
		Supervisor upper = this.access.upperAppraiserOf(header);
		context.setVariable("upper", (upper.employeeId() != null) ? person(upper.employeeId())
				: upper.regionalHead() ? regionalHead(skp, agencyName) : null);
		context.setVariable("results", results(skp, evaluation));
		context.setVariable("values", values(evaluation));
		context.setVariable("organisationResult",
				(evaluation.isAnnual() && evaluation.getUnitId() != null) ? this.organisationResults
					.findByUnitIdAndResultYear(evaluation.getUnitId(), evaluation.getPeriodYear())
					.orElse(null) : null);
		context.setVariable("appeal",
				this.appeals.findByEvaluationId(evaluation.getId())
					.filter((appeal) -> appeal.getStatus() == AppealStatus.DECIDED)
					.orElse(null));
		context.setVariable("employeeSigned", day(evaluation.getAcknowledgedAt()));
		context.setVariable("appraiserSigned", day(evaluation.getRatedAt()));
		context.setVariable("upperSigned", day(evaluation.getFinalisedAt()));
		context.setVariable("css", this.css);
		String html = this.templates.process("evaluation/document", context);
		return new Pdf("Evaluasi-" + evaluation.getPeriodCode() + "-" + skp.nip() + ".pdf", PdfDocuments.render(html));
	}

	private List<ResultLine> results(SkpView skp, Evaluation evaluation) {
		Map<Long, String> realised = realised(skp, evaluation);
		List<ResultLine> lines = new ArrayList<>();
		for (SkpView.RhkView rhk : skp.rhk()) {
			String feedback = evaluation.note(Evaluation.rhkSubject(rhk.id()))
				.map(Evaluation.EvaluationNote::feedback)
				.orElse(null);
			int span = Math.max(1, rhk.indicators().size());
			if (rhk.indicators().isEmpty()) {
				lines.add(new ResultLine(rhk, null, true, 1, null, feedback));
			}
			for (int i = 0; i < rhk.indicators().size(); i++) {
				SkpView.IndicatorView indicator = rhk.indicators().get(i);
				lines.add(new ResultLine(rhk, indicator, i == 0, span, realised.get(indicator.id()), feedback));
			}
		}
		return lines;
	}

	/**
	 * Return the realised value per indicator: of the period for a periodic evaluation,
	 * the last one reported in the year for the annual evaluation.
	 */
	private Map<Long, String> realised(SkpView skp, Evaluation evaluation) {
		List<Realisation> written;
		try {
			written = this.realisations.realisations(skp.id(),
					evaluation.isAnnual() ? null : evaluation.getPeriodCode());
		}
		catch (KinerjaException ex) {
			written = List.of();
		}
		Map<Long, String> values = new HashMap<>();
		written.stream()
			.sorted(Comparator.comparing(Realisation::getUpdatedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
			.forEach((realisation) -> {
				String value = (realisation.getValueNumber() != null)
						? realisation.getValueNumber().stripTrailingZeros().toPlainString()
						: realisation.getValueText();
				if (value != null) {
					values.put(realisation.getIndicatorId(), value);
				}
			});
		return values;
	}

	private static List<ValueLine> values(Evaluation evaluation) {
		List<ValueLine> lines = new ArrayList<>();
		for (CoreValue value : CoreValue.values()) {
			lines.add(new ValueLine(value,
					evaluation.note(Evaluation.valueSubject(value))
						.map(Evaluation.EvaluationNote::feedback)
						.orElse(null)));
		}
		return lines;
	}

	private @Nullable Person person(long employeeId) {
		Employee employee = this.employees.findById(employeeId).orElse(null);
		if (employee == null) {
			return null;
		}
		EmployeeView view = this.directory.byNip(employee.getNip()).orElse(null);
		if (view == null) {
			return new Person(employee.getFullName(), employee.getNip(), null, null, null);
		}
		return new Person(view.name(), view.nip(), rank(view.pangkat(), view.golongan()), view.positionName(),
				view.unitName());
	}

	private static Person regionalHead(SkpView skp, String agencyName) {
		String name = (skp.regionalHeadName() != null) ? skp.regionalHeadName() : "—";
		return new Person(name, null, null, skp.regionalHeadTitle(), agencyName);
	}

	private static @Nullable String rank(@Nullable String pangkat, @Nullable String golongan) {
		if (pangkat != null && golongan != null) {
			return pangkat + ", " + golongan;
		}
		return (golongan != null) ? golongan : pangkat;
	}

	private @Nullable LocalDate day(@Nullable Instant at) {
		return (at != null) ? LocalDate.ofInstant(at, this.zone) : null;
	}

}
