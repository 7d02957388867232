package org.whatworks.admin;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.whatworks.admin.ContentReport.CentreReport;
import org.whatworks.core.content.Approach;
import org.whatworks.core.content.Approaches;
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
		ContentReport report = ContentReport.of(catalogue, Period.ofYears(3), Period.ofMonths(12), LocalDate.now(),
				(id) -> true);
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
		ContentReport dayBefore = ContentReport.of(catalogue, Period.ofYears(3), Period.ofMonths(12),
				reviewed.plusYears(3), (id) -> true);
		ContentReport dayAfter = ContentReport.of(catalogue, Period.ofYears(3), Period.ofMonths(12),
				reviewed.plusYears(3).plusDays(1), (id) -> true);
		assertThat(dayBefore.centres().stream().flatMap((c) -> c.stale().stream())).doesNotContain(oldest);
		assertThat(dayAfter.centres().stream().flatMap((c) -> c.stale().stream())).contains(oldest);
		ContentReport farFuture = ContentReport.of(catalogue, Period.ofYears(1), Period.ofMonths(12),
				LocalDate.of(2200, 1, 1), (id) -> true);
		assertThat(farFuture.centres().stream().mapToInt((c) -> c.stale().size()).sum())
			.isEqualTo(catalogue.entries().size());
	}

	@Test
	void crosswalkCoverageIsTheShareOfEntriesMappedToEachVocabulary() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		ContentReport report = ContentReport.of(catalogue, Period.ofYears(3), Period.ofMonths(12), LocalDate.now(),
				(id) -> true);
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
		ContentReport report = ContentReport.of(this.content.catalogue(), Period.ofYears(3), Period.ofMonths(12),
				LocalDate.now(), "crime"::equals);
		assertThat(report.centres()).extracting(CentreReport::id).containsExactly("crime");
	}

	@Test
	void theReportPageShowsEachCentresFigures() throws Exception {
		String page = signedIn(ADMIN, ADMIN_PASSWORD).get("/admin").body();
		ContentReport report = ContentReport.of(this.content.catalogue(), Period.ofYears(3), Period.ofMonths(12),
				LocalDate.now(), (id) -> true);
		for (CentreReport centre : report.centres()) {
			assertThat(page).containsPattern("data-centre=\"" + centre.id() + "\"[\\s\\S]*?class=\"[^\"]*entries\">"
					+ centre.entries() + "</td>[\\s\\S]*?unverified\">" + centre.unverified().size() + "</td>");
		}
		assertThat(page).contains("Reviews older than <span>P3Y</span> count as stale");
		assertThat(page).contains("Checks against a centre's own page older than <span>P12M</span>");
	}

	@Test
	void anEntryCheckedLongerAgoThanTheFreshnessWindowIsDueAgain() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		EvidenceEntry checked = catalogue.entries()
			.stream()
			.filter((e) -> e.provenance().checked() != null)
			.min((a, b) -> a.provenance().checked().compareTo(b.provenance().checked()))
			.orElseThrow();
		LocalDate when = checked.provenance().checked();
		ContentReport inWindow = ContentReport.of(catalogue, Period.ofYears(3), Period.ofMonths(12),
				when.plusMonths(12), (id) -> true);
		ContentReport pastWindow = ContentReport.of(catalogue, Period.ofYears(3), Period.ofMonths(12),
				when.plusMonths(12).plusDays(1), (id) -> true);
		assertThat(inWindow.centres().stream().flatMap((c) -> c.checkOverdue().stream())).doesNotContain(checked);
		assertThat(pastWindow.centres().stream().flatMap((c) -> c.checkOverdue().stream())).contains(checked);
		assertThat(inWindow.centres().stream().flatMap((c) -> c.checkOverdue().stream()))
			.as("before the oldest check ages out, only entries never checked are due")
			.allSatisfy((e) -> assertThat(e.provenance().checked()).isNull());
	}

	@Test
	void theReportListsTheApproachesWhereCentresDifferAndThoseWithOnlyOneRatedMember() throws Exception {
		Approaches approaches = this.content.catalogue().approaches();
		ContentReport report = ContentReport.of(this.content.catalogue(), Period.ofYears(3), Period.ofMonths(12),
				LocalDate.now(), (id) -> true);
		assertThat(report.approaches()).isEqualTo(approaches.all());
		assertThat(report.differing()).isEqualTo(approaches.differing()).isNotEmpty();
		assertThat(report.oneRated()).isEqualTo(approaches.withOnlyOneRated())
			.allSatisfy((approach) -> assertThat(approach.ratedMembers()).isLessThanOrEqualTo(1));
		Document page = Jsoup.parse(signedIn(ADMIN, ADMIN_PASSWORD).get("/admin").body());
		assertThat(page.select(".approaches-differing li a").eachText())
			.containsExactlyElementsOf(report.differing().stream().map(Approach::title).toList());
		assertThat(page.select(".approaches-one-rated").text()).isEqualTo(String.valueOf(report.oneRated().size()));
		assertThat(page.select(".approaches-only-one-rated li a").eachText())
			.containsExactlyElementsOf(report.oneRated().stream().map(Approach::title).toList());
		ContentReport crime = ContentReport.of(this.content.catalogue(), Period.ofYears(3), Period.ofMonths(12),
				LocalDate.now(), "crime"::equals);
		assertThat(crime.approaches()).isNotEmpty()
			.allSatisfy(
					(approach) -> assertThat(approach.members()).anyMatch((m) -> m.entry().centreId().equals("crime")));
	}

}
