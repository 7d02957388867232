package org.whatworks.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile text: Lucene query syntax, unbalanced quotes, huge
 * inputs, control characters, right-to-left and combining Unicode, HTML and script, and
 * template-injection attempts, alone and mixed at random. The same seed gives the same
 * strings, so a failure can be replayed ({@code -Dhostile.seed=...}).
 * <p>
 * Every string that could be markup carries the marker tag {@value #TAG}, and every
 * attempt to break out of an attribute carries {@value #ATTRIBUTE}: if either appears
 * unescaped in a page, something echoed user input without escaping it.
 */
public final class HostileStrings {

	/** Start of a tag that only an unescaped echo can put into a page. */
	public static final String TAG = "<xss-";

	/** An attribute that only an unescaped echo can put into a page. */
	public static final String ATTRIBUTE = "xss-attr=\"";

	static final List<String> FIXED = List.of(
			// Lucene syntax
			"title:(reading OR phonics)^3", "*", "?", "*:*", "reading~2", "\"reading comprehension\"~5", "[a TO z]",
			"{* TO *}", "+-&&||!(){}[]^\"~*?:\\/", "/reg.*ex[/", "AND", "NOT OR AND", "a AND (b OR", "field:", ":",
			"\\", "\\\\\\", "-", "--", "+", "((((((((((((((((((((reading", "reading))))))))", "a^99999999999999999999",
			"reading~99999", "x:y:z:", "_id:1", "@#$%^&*", "%", "%25", "%00", "+%2B",
			// unbalanced quotes
			"\"reading", "reading\"", "'", "''", "\"\"\"", "\\\"", "\"'\"'\"", "`reading",
			// control characters
			"\u0000", "a\u0000b", "\u0007\u0008\u001b[31m", "line\r\nbreak", "\r\n\r\nX-Injected: yes", "\t\t",
			"\u007f", "\u0085", "\u2028\u2029",
			// right-to-left, invisible and combining Unicode
			"\u202Eevil\u202C", "\u200F\u200E", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
			"e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
			"Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F",
			"\uFEFFreading", "\u200B\u200C\u200D", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD800",
			"\uDFFF\uD800", "\uFFFD\uFFFF", "\u00A0\u3000", "\uFF1Cscript\uFF1E",
			// HTML and script
			TAG + "1>alert(1)</xss-1>", "<script>alert(1)</script>" + TAG + "2>",
			"\"><" + "xss-3 src=x onerror=alert(1)>", "'\" " + ATTRIBUTE + "1\" onfocus=alert(1) autofocus \"",
			"</title></textarea>" + TAG + "4>", "javascript:alert(1)", "<!--", "]]>", "<![CDATA[" + TAG + "5>]]>",
			"&lt;" + TAG + "6&gt;", "&amp;&#x3c;",
			// template and expression injection
			"${7*7}", "#{7*7}", "*{7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
			"{{7*7}}", "<%= 7*7 %>", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "C:\\Windows\\win.ini",
			"'; DROP TABLE entries; --", "1 OR 1=1", "null", "undefined", "NaN", "-1", "0", "2147483648",
			"99999999999999999999999", "1e309", "0x10", "1.5", " 1 ", "", " ");

	private static final String[] PIECES = { "reading", "\"", "'", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~",
			"^", "\\", "/", "AND", "OR", "NOT", "-", "+", "&&", "||", "!", "<", ">", TAG + "9>", ATTRIBUTE, "&", ";",
			"\u0000", "\u202E", "\u0301", "\uD83D\uDE00", "\u05D0", "\r\n", "%", "${", "}", "#{", "__", " ", " ",
			"mentoring", "é", "ß", "İ", "ﬁ" };

	private final Random random;

	public HostileStrings(long seed) {
		this.random = new Random(seed);
	}

	/** The seed from {@code -Dhostile.seed}, or a fixed one. */
	public static long seed() {
		return Long.getLong("hostile.seed", 20_261_125L);
	}

	/**
	 * The fixed hostile strings, huge inputs (up to the 8 KB a request line may have),
	 * and {@code mixed} random mixtures.
	 * @param mixed how many random mixtures to add
	 * @param huge whether to add huge inputs (several kilobytes)
	 * @return the strings
	 */
	public List<String> strings(int mixed, boolean huge) {
		List<String> strings = new ArrayList<>(FIXED);
		if (huge) {
			strings.add("a".repeat(5_000));
			strings.add((TAG + "7>\"'(").repeat(150));
			strings.add("reading ".repeat(700));
			strings.add("\u0301".repeat(1_000));
			strings.add(randomCodePoints(400));
		}
		for (int i = 0; i < mixed; i++) {
			strings.add(mixture());
		}
		return strings;
	}

	private String mixture() {
		StringBuilder text = new StringBuilder();
		int parts = 1 + this.random.nextInt(12);
		for (int i = 0; i < parts; i++) {
			if (this.random.nextInt(4) == 0) {
				text.append(randomCodePoints(1 + this.random.nextInt(6)));
			}
			else {
				text.append(PIECES[this.random.nextInt(PIECES.length)]);
			}
		}
		return text.toString();
	}

	private String randomCodePoints(int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			int codePoint = switch (this.random.nextInt(5)) {
				case 0 -> this.random.nextInt(0x20);
				case 1 -> 0x20 + this.random.nextInt(0x5F);
				case 2 -> 0x300 + this.random.nextInt(0x70);
				case 3 -> 0x590 + this.random.nextInt(0x200);
				default -> this.random.nextInt(0x10FFFF);
			};
			if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
				codePoint = 0xFFFD;
			}
			text.appendCodePoint(codePoint);
		}
		return text.toString();
	}

}
