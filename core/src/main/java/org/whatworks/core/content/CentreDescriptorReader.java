package org.whatworks.core.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.whatworks.core.model.Centre;
import org.whatworks.core.model.Owner;
import org.whatworks.core.model.RatingScale;
import org.whatworks.core.model.Taxonomy;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code centre.yaml}, the centre's descriptor.
 */
final class CentreDescriptorReader extends ContentFileReader {

	private static final List<String> CENTRE_FIELDS = List.of("id", "contractVersion", "name", "shortName", "topic",
			"remit", "website", "owner", "headline", "outcomeTaxonomy", "costUnit", "rated", "ratingHosts");

	CentreDescriptorReader(ContentFileReader loading) {
		super(loading);
	}

	Centre centre(FieldReader in) {
		JsonNode root = in.root();
		if (!in.isObject(root, "", true)) {
			return null;
		}
		in.onlyFields(root, "", CENTRE_FIELDS);
		String id = in.id(root, "", "id", true);
		if (id != null && !id.equals(this.centreId)) {
			in.problem("id", id, "does not match the id its plugin declares", this.centreId);
		}
		Integer contractVersion = in.integer(root, "", "contractVersion", true, 1, 1000);
		String name = in.text(root, "", "name", true);
		String shortName = in.text(root, "", "shortName", true);
		String topic = in.text(root, "", "topic", true);
		String remit = in.text(root, "", "remit", true);
		URI website = in.url(root, "", "website", true);
		Owner owner = null;
		JsonNode ownerNode = root.get("owner");
		if (in.isObject(ownerNode, "owner", true)) {
			in.onlyFields(ownerNode, "owner", List.of("team", "email"));
			String email = in.text(ownerNode, "owner", "email", true);
			if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				in.problem("owner.email", email, "is not an email address", "name@domain");
			}
			owner = new Owner(in.text(ownerNode, "owner", "team", true), email);
		}
		List<String> headline = in.strings(root, "", "headline");
		String outcomeTaxonomy = in.id(root, "", "outcomeTaxonomy", true);
		Boolean rated = in.bool(root, "", "rated", false);
		List<String> ratingHosts = new ArrayList<>();
		List<String> declaredHosts = in.strings(root, "", "ratingHosts");
		for (int i = 0; i < declaredHosts.size(); i++) {
			String host = declaredHosts.get(i).strip().toLowerCase(java.util.Locale.ROOT);
			if (!host.matches("[a-z0-9]+([.-][a-z0-9]+)*\\.[a-z]{2,}")) {
				in.problem("ratingHosts[" + i + "]", declaredHosts.get(i), "is not a host name",
						"a host such as guidebook.eif.org.uk (no scheme or path)");
			}
			ratingHosts.add(host);
		}
		if (website != null && ratingHosts.isEmpty()) {
			ratingHosts.add(Centre.hostOf(website));
		}
		if (id == null || contractVersion == null || name == null || shortName == null || topic == null || remit == null
				|| website == null || owner == null || outcomeTaxonomy == null) {
			return null;
		}
		return new Centre(id, contractVersion, name, shortName, topic, remit, website, owner, headline, outcomeTaxonomy,
				in.text(root, "", "costUnit", false), rated == null || rated, ratingHosts);
	}

	void checkCentreReferences(FieldReader in, Centre centre, List<RatingScale> scales, List<Taxonomy> taxonomies) {
		List<String> scaleIds = scales.stream().map(RatingScale::id).toList();
		for (int i = 0; i < centre.headline().size(); i++) {
			String scale = centre.headline().get(i);
			if (!scaleIds.contains(scale)) {
				in.problem("headline[" + i + "]", scale, "unknown scale", String.join(", ", scaleIds));
			}
		}
		List<String> taxonomyIds = taxonomies.stream().map(Taxonomy::id).toList();
		if (!taxonomyIds.isEmpty() && !taxonomyIds.contains(centre.outcomeTaxonomy())) {
			in.problem("outcomeTaxonomy", centre.outcomeTaxonomy(), "unknown taxonomy", String.join(", ", taxonomyIds));
		}
	}

}
