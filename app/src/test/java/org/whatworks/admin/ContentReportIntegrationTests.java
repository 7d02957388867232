package org.whatworks.admin;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.whatworks.admin.ContentReport.CentreReport;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.network.NetworkContent;
import org.whatworks.security.OperationsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content report over the shipped content, and as a network admin sees it.
 */
class ContentReportIntegrationTests extends OperationsIntegrationTest {

	@Autowired
	NetworkContent content;

	@Test
	void countsEntriesAndUnverifiedFiguresPerCentre() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		ContentReport report = ContentReport.of(catalogue, Period.ofYears(3), LocalDate.now(), (id) -> true);
		assertThat(report.centres()).hasSize(catalogue.centres().size());
		assertThat(report.entries()).isEqualTo(catalogue.entries().size());
		for (CentreReport centre : report.centres()) {
			long unverified = catalogue.centre(centre.id())
				.orElseThrow()
				.entries()
				.stream()
				.filter((e) -> !e.provenance().verified())
				.count();
			assertThat(centre.unverified()).as(centre.id()).hasSize((int) unverified);
		}
	}

	@Test
	void aReviewIsStaleOnceOlderThanTheConfiguredAge() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		EvidenceEntry oldest = catalogue.entries()
			.stream()
			.min((a, b) -> a.provenance().lastReviewed().compareTo(b.provenance().lastReviewed()))
			.orElseThrow();
		LocalDate reviewed = oldest.provenance().lastReviewed();
		ContentReport dayBefore = ContentReport.of(catalogue, Period.ofYears(3), reviewed.plusYears(3), (id) -> true);
		ContentReport dayAfter = ContentReport.of(catalogue, Period.ofYears(3), reviewed.plusYears(3).plusDays(1),
				(id) -> true);
		assertThat(dayBefore.centres().stream().flatMap((c) -> c.stale().stream())).doesNotContain(oldest);
		assertThat(dayAfter.centres().stream().flatMap((c) -> c.stale().stream())).contains(oldest);
		ContentReport farFuture = ContentReport.of(catalogue, Period.ofYears(1), LocalDate.of(2200, 1, 1),
				(id) -> true);
		assertThat(farFuture.centres().stream().mapToInt((c) -> c.stale().size()).sum())
			.isEqualTo(catalogue.entries().size());
	}

	@Test
	void crosswalkCoverageIsTheShareOfEntriesMappedToEachVocabulary() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		ContentReport report = ContentReport.of(catalogue, Period.ofYears(3), LocalDate.now(), (id) -> true);
		for (CentreReport centre : report.centres()) {
			long withDomains = catalogue.centre(centre.id())
				.orElseThrow()
				.entries()
				.stream()
				.filter((e) -> !e.network().domains().isEmpty())
				.count();
			assertThat(centre.domains().mapped()).as(centre.id()).isEqualTo(withDomains);
			assertThat(centre.domains().of()).isEqualTo(centre.entries());
			assertThat(centre.domains().percent()).isBetween(0, 100);
		}
	}

	@Test
	void aCentreReportShowsOnlyThatCentre() {
		ContentReport report = ContentReport.of(this.content.catalogue(), Period.ofYears(3), LocalDate.now(),
				"crime"::equals);
		assertThat(report.centres()).extracting(CentreReport::id).containsExactly("crime");
	}

	@Test
	void theReportPageShowsEachCentresFigures() throws Exception {
		String page = signedIn(ADMIN, ADMIN_PASSWORD).get("/admin").body();
		ContentReport report = ContentReport.of(this.content.catalogue(), Period.ofYears(3), LocalDate.now(),
				(id) -> true);
		for (CentreReport centre : report.centres()) {
			assertThat(page).containsPattern("data-centre=\"" + centre.id() + "\"[\\s\\S]*?class=\"[^\"]*entries\">"
					+ centre.entries() + "</td>[\\s\\S]*?unverified\">" + centre.unverified().size() + "</td>");
		}
		assertThat(page).contains("Reviews older than <span>P3Y</span> count as stale");
	}

}
