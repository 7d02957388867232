package org.whatworks.benchmarks;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticNetworkTests {

	@Test
	void everyReadOfAnEntryGivesTheSameEntryAndIdsFindThem() {
		EvidenceCatalogue catalogue = new SyntheticNetwork(42).catalogue(600);
		List<EvidenceEntry> first = List.copyOf(catalogue.entries());
		assertThat(first).hasSize(600).doesNotHaveDuplicates();
		assertThat(List.copyOf(new SyntheticNetwork(42).catalogue(600).entries())).isEqualTo(first);
		for (EvidenceEntry entry : first.subList(0, 50)) {
			assertThat(catalogue.entry(entry.ref())).contains(entry);
		}
		assertThat(catalogue.entry(new EntryRef("crime", "entry-99"))).isPresent();
		assertThat(catalogue.entry(new EntryRef("crime", "entry-100000"))).isEmpty();
		assertThat(catalogue.entry(new EntryRef("crime", "entry-007"))).isEmpty();
		assertThat(catalogue.entry(new EntryRef("crime", "nonsense"))).isEmpty();
	}

}
