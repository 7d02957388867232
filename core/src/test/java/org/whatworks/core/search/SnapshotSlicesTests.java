package org.whatworks.core.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotSlicesTests {

	private final int defaultParallelFrom = Snapshot.parallelFrom;

	@AfterEach
	void restore() {
		Snapshot.parallelFrom = this.defaultParallelFrom;
	}

	private static DirectoryReader segments(Directory directory, int... sizes) throws IOException {
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int size : sizes) {
				for (int i = 0; i < size; i++) {
					Document doc = new Document();
					doc.add(new StringField("id", size + "-" + i, Field.Store.NO));
					writer.addDocument(doc);
				}
				writer.flush();
			}
		}
		return DirectoryReader.open(directory);
	}

	private static int docs(IndexSearcher.LeafSlice slice) {
		return Arrays.stream(slice.leaves).mapToInt((leaf) -> leaf.reader().maxDoc()).sum();
	}

	@Test
	void largeIndexesSplitIntoTwoHalvesOfNearlyEqualSize() throws IOException {
		Snapshot.parallelFrom = 10;
		try (Directory directory = new ByteBuffersDirectory();
				DirectoryReader reader = segments(directory, 197, 324, 257, 136, 86)) {
			List<LeafReaderContext> leaves = reader.leaves();
			IndexSearcher.LeafSlice[] slices = Snapshot.twoSlices(leaves);
			assertThat(slices).hasSize(2);
			// the most even split of these segments (Lucene's grouping by size gives 581
			// and 419)
			assertThat(List.of(docs(slices[0]), docs(slices[1]))).containsExactlyInAnyOrder(521, 479);
			assertThat(Arrays.stream(slices).flatMap((slice) -> Arrays.stream(slice.leaves)).map((leaf) -> leaf.ord))
				.containsExactlyInAnyOrderElementsOf(leaves.stream().map((leaf) -> leaf.ord).toList());
		}
	}

	@Test
	void smallIndexesAndSingleSegmentsAreOneSlice() throws IOException {
		try (Directory directory = new ByteBuffersDirectory(); DirectoryReader reader = segments(directory, 30, 20)) {
			assertThat(Snapshot.twoSlices(reader.leaves())).hasSize(1);
			Snapshot.parallelFrom = 10;
			assertThat(Snapshot.twoSlices(reader.leaves().subList(0, 1))).hasSize(1);
			assertThat(Snapshot.twoSlices(reader.leaves())).hasSize(2);
		}
	}

}
