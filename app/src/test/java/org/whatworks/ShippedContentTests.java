package org.whatworks;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.whatworks.core.content.ContentProblem;
import org.whatworks.core.content.EvidenceCatalogue;
import org.whatworks.network.NetworkContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content the six centres ship, loaded together as the site loads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShippedContentTests {

	@Autowired
	NetworkContent content;

	@Test
	void everyCentreLoadsAndNoneIsUnavailable() {
		EvidenceCatalogue catalogue = this.content.catalogue();
		assertThat(catalogue.unavailable()).isEmpty();
		assertThat(catalogue.centres()).hasSize(6);
		assertThat(catalogue.entries()).hasSizeGreaterThanOrEqualTo(180);
	}

	@Test
	void everyLinkBetweenCentresResolves() {
		assertThat(this.content.catalogue().warnings()).extracting(ContentProblem::toString).isEmpty();
	}

}
