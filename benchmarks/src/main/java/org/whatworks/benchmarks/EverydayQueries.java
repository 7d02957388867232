package org.whatworks.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The everyday queries of two or three words of {@code scripts/search-vs-bare.lua}, the
 * same n-th query for the same n, so that core and the load test ask the same things.
 */
public final class EverydayQueries {

	private final List<String> topics;

	private final List<String> generic;

	private final List<String> joins;

	private EverydayQueries(List<String> topics, List<String> generic, List<String> joins) {
		this.topics = topics;
		this.generic = generic;
		this.joins = joins;
	}

	/** Reads the word lists from the load test's request script. */
	public static EverydayQueries from(Path luaScript) {
		try {
			String lua = Files.readString(luaScript, StandardCharsets.UTF_8);
			return new EverydayQueries(list(lua, "topics"), list(lua, "generic"), list(lua, "joins"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> list(String lua, String name) {
		Matcher table = Pattern.compile("local " + name + " = \\{(.*?)\\}", Pattern.DOTALL).matcher(lua);
		if (!table.find()) {
			throw new IllegalArgumentException("no list '" + name + "' in the script");
		}
		List<String> words = new ArrayList<>();
		Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(table.group(1));
		while (word.find()) {
			words.add(word.group(1));
		}
		return words;
	}

	/** The n-th query, words separated by spaces. */
	public String query(long k) {
		int nt = this.topics.size();
		boolean three = k % 2 == 1;
		String join = this.joins.get((int) ((k / 2) % this.joins.size()));
		long r = k / (2L * this.joins.size());
		int a = (int) (r % nt);
		int b = (int) ((a + 1 + (r / nt) % (nt - 1)) % nt);
		String g = this.generic.get((int) ((r / ((long) nt * (nt - 1))) % this.generic.size()));
		List<String> words = new ArrayList<>();
		if (!three && r >= (long) nt * (nt - 1)) {
			words.add(g);
		}
		words.add(this.topics.get(a));
		if (!join.isEmpty()) {
			words.add(join);
		}
		words.add(this.topics.get(b));
		if (three) {
			words.add(g);
		}
		return String.join(" ", words);
	}

}
