package org.whatworks.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;
import org.whatworks.core.search.SearchParameters;
import org.whatworks.core.search.SearchVocabulary;
import org.whatworks.network.NetworkContent;

/**
 * Writes the search vocabulary into the OpenAPI document, so that the document lists
 * exactly what the server accepts: the codes of every network facet (the centre ids of
 * the loaded centres among them), the sort codes, and one parameter per
 * {@code <centre>.<taxonomy>} facet with its term codes.
 */
@Component
class SearchParametersDocument implements OpenApiCustomizer {

	static final List<String> SEARCH_PATHS = List.of("/api/v1/search", "/data/search.csv", "/data/search.json");

	private final NetworkContent content;

	SearchParametersDocument(NetworkContent content) {
		this.content = content;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		SearchVocabulary vocabulary = SearchVocabulary.of(this.content.catalogue());
		for (String path : SEARCH_PATHS) {
			Operation get = get(openApi, path);
			if (get == null) {
				continue;
			}
			List<Parameter> parameters = new ArrayList<>();
			for (Parameter parameter : (get.getParameters() != null) ? get.getParameters() : List.<Parameter>of()) {
				parameters.add(describe(copy(parameter), vocabulary));
			}
			for (SearchVocabulary.Facet facet : vocabulary.taxonomyFacets()) {
				if (parameters.stream().noneMatch((p) -> facet.name().equals(p.getName()))) {
					parameters.add(new Parameter().in("query")
						.name(facet.name())
						.description("Terms of the centre's taxonomy '" + facet.label()
								+ "' (repeatable); counted in the facets of a search narrowed to that centre.")
						.schema(enumArray(facet.codes())));
				}
			}
			get.setParameters(parameters);
		}
	}

	private static Operation get(OpenAPI openApi, String path) {
		PathItem item = openApi.getPaths().get(path);
		return (item != null) ? item.getGet() : null;
	}

	private static Parameter describe(Parameter parameter, SearchVocabulary vocabulary) {
		if (SearchParameters.SORT.equals(parameter.getName())) {
			parameter.setSchema(new StringSchema()._enum(SearchVocabulary.sortCodes())._default("relevance"));
		}
		else {
			vocabulary.facet(parameter.getName()).ifPresent((facet) -> parameter.setSchema(enumArray(facet.codes())));
		}
		return parameter;
	}

	/** The download paths share the search's parameter objects: each gets its own. */
	private static Parameter copy(Parameter parameter) {
		return new Parameter().in(parameter.getIn())
			.name(parameter.getName())
			.description(parameter.getDescription())
			.required(parameter.getRequired())
			.example(parameter.getExample())
			.schema(parameter.getSchema());
	}

	private static ArraySchema enumArray(List<String> codes) {
		ArraySchema array = new ArraySchema();
		array.setItems(new StringSchema()._enum(codes));
		return array;
	}

}
