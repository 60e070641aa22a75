package id.kinerja.planning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import id.kinerja.agency.AgencyService;
import id.kinerja.web.PdfDocuments;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints an SKP in the layout of PermenPANRB 6/2022 as BKN's e-Kinerja prints it: the
 * header with the employee and the pejabat penilai, the planned results (Utama, then
 * Tambahan), the BerAKHLAK behaviours with the special expectations, the signatures and
 * the attachments (lampiran). Pages and documents share one Thymeleaf engine; the HTML it
 * renders ({@code templates/skp/document.html}) becomes a PDF through openhtmltopdf with
 * DejaVu Sans embedded, so any name prints as written. A plan that is not approved is
 * marked as a draft (DRAF) on every page. Anyone who may read the plan may print it
 * ({@link SkpQueries#skp(long)}: 404 for another agency's or an unknown plan, 403 for
 * others).
 */
@Service
public class SkpDocument {

	private final SkpQueries queries;

	private final AgencyService agencies;

	private final ITemplateEngine templates;

	private final ZoneId zone;

	private final String css;

	SkpDocument(SkpQueries queries, AgencyService agencies, ITemplateEngine templates,
			@Value("${kinerja.time-zone:Asia/Jakarta}") ZoneId zone) {
		this.queries = queries;
		this.agencies = agencies;
		this.templates = templates;
		this.zone = zone;
		this.css = PdfDocuments.read("templates/skp/document.css");
	}

	/**
	 * A rendered document.
	 *
	 * @param fileName the name to save it under, e.g. {@code SKP-2026-<nip>.pdf}
	 * @param content the PDF
	 */
	public record Pdf(String fileName, byte[] content) {
	}

	/**
	 * Render the plan as a PDF in the locale's language (official terms stay Indonesian);
	 * for those who may read the plan.
	 */
	public Pdf render(long skpId, Locale locale) {
		SkpView skp = this.queries.skp(skpId);
		String agencyName = this.agencies.current().getName();
		Context context = new Context(locale);
		context.setVariable("skp", skp);
		context.setVariable("agencyName", agencyName);
		context.setVariable("place", PdfDocuments.place(agencyName));
		context.setVariable("approvedOn", approvedOn(skp));
		context.setVariable("utama", groups(skp, RhkKind.UTAMA));
		context.setVariable("tambahan", groups(skp, RhkKind.TAMBAHAN));
		context.setVariable("css", this.css);
		String html = this.templates.process("skp/document", context);
		return new Pdf("SKP-" + skp.year() + "-" + skp.nip() + ".pdf", PdfDocuments.render(html));
	}

	/**
	 * A run of RHKs of one kind under one perspective (JPT plans) or all of them (other
	 * plans, perspective null), numbered within their kind as the official form does.
	 *
	 * @param perspective the perspective heading, null when none is shown
	 * @param rows the RHKs with their numbers
	 */
	public record Group(@Nullable Perspective perspective, List<Row> rows) {
	}

	/**
	 * An RHK with its number in the document.
	 *
	 * @param number the number within its kind, from 1
	 * @param rhk the RHK
	 */
	public record Row(int number, SkpView.RhkView rhk) {

		/** Return how many table rows the RHK spans (one per indicator, at least one). */
		public int span() {
			return Math.max(1, this.rhk.indicators().size());
		}

		/** Return the indicators, or one empty line for an RHK without any (a draft). */
		public List<SkpView.@Nullable IndicatorView> lines() {
			List<SkpView.@Nullable IndicatorView> lines = new ArrayList<>(this.rhk.indicators());
			if (lines.isEmpty()) {
				lines.add(null);
			}
			return lines;
		}

	}

	static List<Group> groups(SkpView skp, RhkKind kind) {
		List<SkpView.RhkView> ofKind = skp.rhk().stream().filter((rhk) -> rhk.kind() == kind).toList();
		if (skp.format() != SkpFormat.JPT) {
			List<Row> rows = new ArrayList<>();
			for (SkpView.RhkView rhk : ofKind) {
				rows.add(new Row(rows.size() + 1, rhk));
			}
			return rows.isEmpty() ? List.of() : List.of(new Group(null, rows));
		}
		// JPT plans group their RHKs by perspective, in the order of the four
		// perspectives;
		// an RHK without one (a draft) comes last.
		List<SkpView.RhkView> sorted = ofKind.stream()
			.sorted(Comparator.comparing(SkpView.RhkView::perspective, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<Group> groups = new ArrayList<>();
		int number = 0;
		for (SkpView.RhkView rhk : sorted) {
			Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last == null || !Objects.equals(last.perspective(), rhk.perspective())) {
				last = new Group(rhk.perspective(), new ArrayList<>());
				groups.add(last);
			}
			last.rows().add(new Row(++number, rhk));
		}
		return groups;
	}

	/**
	 * Return the day of approval in the agency's time zone, null when the plan is not
	 * approved. A closed plan counts as approved when its last decision was an approval
	 * (approving clears the return note; returning sets one).
	 */
	@Nullable LocalDate approvedOn(SkpView skp) {
		boolean approved = skp.status() == SkpStatus.APPROVED
				|| (skp.status() == SkpStatus.CLOSED && skp.decidedAt() != null && skp.returnNote() == null);
		return (approved && skp.decidedAt() != null) ? LocalDate.ofInstant(skp.decidedAt(), this.zone) : null;
	}

}
