package org.whatworks.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;

import org.whatworks.core.model.EvidenceEntry;

/** Turns the page of a run's ranked documents into hits: entries, scores, highlights. */
final class SearchHits {

	private SearchHits() {
	}

	static List<SearchHit> of(Snapshot snapshot, SearchRequest request, QueryRunner.Run run) throws IOException {
		ScoreDoc[] docs = run.top().scoreDocs;
		int from = (request.page() - 1) * request.size();
		if (from >= docs.length) {
			return List.of();
		}
		int to = Math.min(docs.length, from + request.size());
		int[] ids = new int[to - from];
		for (int i = from; i < to; i++) {
			ids[i - from] = docs[i].doc;
		}
		String[] snippets = (run.highlight() != null) ? new Snippets(snapshot).of(run.highlight(), ids) : null;
		List<SearchHit> hits = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			EvidenceEntry entry = snapshot.entry(ids[i]);
			if (entry == null) {
				continue;
			}
			float score = 0;
			if (run.scored() && docs[from + i] instanceof FieldDoc fieldDoc && fieldDoc.fields[0] instanceof Float f) {
				score = f;
			}
			String snippet = (snippets != null) ? snippets[i] : null;
			hits.add(new SearchHit(entry, score,
					(snippet != null && !snippet.isBlank()) ? List.of(snippet) : List.of()));
		}
		return hits;
	}

}
