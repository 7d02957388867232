package org.whatworks.core.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.whatworks.core.model.EntryRef;
import org.whatworks.core.model.EvidenceEntry;

/**
 * Entries related to one: those it links to, those linking to it, then the most similar
 * entries of other centres.
 */
final class RelatedEntries {

	private RelatedEntries() {
	}

	static List<EvidenceEntry> of(Snapshot snapshot, EntryRef ref, int limit) throws IOException {
		EvidenceEntry entry = snapshot.catalogue().entry(ref).orElse(null);
		if (entry == null) {
			return List.of();
		}
		Set<EvidenceEntry> related = new LinkedHashSet<>(snapshot.catalogue().related(entry));
		related.addAll(snapshot.inbound(ref));
		related.remove(entry);
		if (related.size() < limit) {
			related.addAll(similar(snapshot, entry, limit + related.size() + 1));
			related.remove(entry);
		}
		return related.stream().limit(limit).toList();
	}

	private static List<EvidenceEntry> similar(Snapshot snapshot, EvidenceEntry entry, int limit) throws IOException {
		MoreLikeThis mlt = new MoreLikeThis(snapshot.reader());
		mlt.setAnalyzer(snapshot.analysis().index());
		mlt.setFieldNames(new String[] { IndexFields.ALL });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(2);
		mlt.setMaxDocFreqPct(40);
		mlt.setMaxQueryTerms(40);
		mlt.setBoost(true);
		String text = snapshot.documents().likeText(entry);
		Query like = mlt.like(IndexFields.ALL, new StringReader(text));
		Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
			.add(new TermQuery(new Term(IndexFields.CENTRE, entry.centreId())), BooleanClause.Occur.MUST_NOT)
			.build();
		List<EvidenceEntry> similar = new ArrayList<>();
		for (ScoreDoc doc : snapshot.searcher().search(query, limit).scoreDocs) {
			EvidenceEntry found = snapshot.entry(doc.doc);
			if (found != null) {
				similar.add(found);
			}
		}
		return similar;
	}

}
