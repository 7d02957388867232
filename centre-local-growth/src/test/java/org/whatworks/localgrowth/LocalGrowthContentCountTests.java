package org.whatworks.localgrowth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.whatworks.core.model.EvidenceEntry;
import org.whatworks.core.model.Finding;
import org.whatworks.core.testkit.CentreContentTestKit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4: the What Works Centre for Local Economic Growth module must hold an entry for
 * every evidence review policy area, under the ids agreed in docs/cross-links.md. Reads
 * the entries as the site loads them (through the test kit), so it fails if an entry is
 * removed or renamed.
 */
class LocalGrowthContentCountTests {

	/** The policy areas the issue names, by the ids other centres link to. */
	private static final String[] POLICY_AREAS = { "employment-training", "apprenticeships", "business-advice",
			"access-to-finance", "innovation-rd-grants", "innovation-rd-tax-credits", "broadband", "transport",
			"estate-renewal", "sports-and-culture", "area-based-initiatives", "public-realm" };

	@Test
	void everyPolicyAreaIsPresentById() throws Exception {
		assertThat(ids()).contains(POLICY_AREAS);
	}

	@Test
	void everyPolicyAreaEntryHasATitle() throws Exception {
		Map<String, EvidenceEntry> byId = entries().stream()
			.collect(Collectors.toMap(EvidenceEntry::id, Function.identity()));
		for (String id : POLICY_AREAS) {
			assertThat(byId).containsKey(id);
			assertThat(byId.get(id).title()).as("title of " + id).isNotBlank();
		}
	}

	@Test
	void includesTheGrowthVouchersTrialAndEnterpriseZoneUpdate() throws Exception {
		assertThat(ids()).contains("growth-vouchers-trial", "enterprise-zones");
		assertThat(titles()).anySatisfy((t) -> assertThat(t).containsIgnoringCase("Growth Vouchers"))
			.anySatisfy((t) -> assertThat(t).containsIgnoringCase("R&D tax credits"))
			.anySatisfy((t) -> assertThat(t).containsIgnoringCase("R&D grants"));
	}

	@Test
	void holdsAtLeastTheTwelvePolicyAreasPlusExtras() throws Exception {
		assertThat(ids()).hasSizeGreaterThanOrEqualTo(POLICY_AREAS.length + 2);
	}

	/**
	 * Issue 16: the broadband review counted 16 evaluations, not 14, and only two studies
	 * looked at profits and sales (one positive, one zero), so there is no positive
	 * verdict on firm profits. Read through the test kit, as the site shows it.
	 */
	@Test
	void broadbandShowsTheReviewsOwnCounts() {
		EvidenceEntry broadband = entries().stream()
			.filter((e) -> e.id().equals("broadband"))
			.findFirst()
			.orElseThrow();
		assertThat(broadband.ratings()).containsEntry("studies", "16");
		assertThat(broadband.summary()).contains("16 evaluations").doesNotContain("14 evaluations");
		Finding profits = broadband.findings()
			.stream()
			.filter((f) -> f.outcome().equals("firm-turnover"))
			.findFirst()
			.orElseThrow();
		assertThat(profits.ratings()).containsEntry("votes", "1/2");
		assertThat(broadband.findings())
			.noneMatch((f) -> "positive".equals(f.ratings().get("verdict")) && f.outcome().startsWith("firm-"));
		assertThat(broadband.ratingSource().url().getHost()).endsWith("whatworksgrowth.org");
	}

	@Test
	void titlesAreUnique() throws Exception {
		List<String> titles = titles().stream().map((t) -> t.toLowerCase(Locale.ROOT)).toList();
		assertThat(titles).doesNotHaveDuplicates();
	}

	private static List<EvidenceEntry> entries() {
		return CentreContentTestKit.entriesOf(new LocalGrowthCentre());
	}

	private static List<String> ids() {
		return entries().stream().map(EvidenceEntry::id).toList();
	}

	private static List<String> titles() {
		return entries().stream().map(EvidenceEntry::title).toList();
	}

}
