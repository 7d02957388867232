package org.whatworks.core.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries, looked up in an array. The highlighter asks for the
 * sentence before and after every match; the JDK iterator answers each of those by
 * scanning the text again, which cost more than the rest of highlighting together. An
 * entry's text is the same for every search, so its boundaries are found once
 * ({@link #find}, kept by the snapshot) and handed over before the highlighter sets that
 * text ({@link #expect}); any other text is scanned once, when it is set.
 */
final class SentenceBreaks extends BreakIterator {

	private BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);

	private CharacterIterator text = new StringCharacterIterator("");

	private int[] boundaries = { 0 };

	private int count = 1;

	private int index;

	private int[] expected;

	/** The offsets of the sentence boundaries of a text, first (0) and last included. */
	static int[] find(String text) {
		SentenceBreaks breaks = new SentenceBreaks();
		breaks.setText(text);
		return Arrays.copyOf(breaks.boundaries, breaks.count);
	}

	/** Boundaries from {@link #find} for the text that will be set next. */
	void expect(int[] boundaries) {
		this.expected = boundaries;
	}

	@Override
	public void setText(CharacterIterator newText) {
		this.text = newText;
		int[] known = this.expected;
		this.expected = null;
		if (known != null && newText.getBeginIndex() == 0 && known[known.length - 1] == newText.getEndIndex()) {
			this.boundaries = known;
			this.count = known.length;
		}
		else {
			scan(newText);
		}
		this.index = 0;
	}

	private void scan(CharacterIterator newText) {
		this.sentences.setText(newText);
		this.boundaries = new int[16];
		this.count = 0;
		for (int at = this.sentences.first(); at != DONE; at = this.sentences.next()) {
			if (this.count == this.boundaries.length) {
				this.boundaries = Arrays.copyOf(this.boundaries, this.count * 2);
			}
			this.boundaries[this.count++] = at;
		}
	}

	@Override
	public CharacterIterator getText() {
		return this.text;
	}

	@Override
	public int first() {
		return at(0);
	}

	@Override
	public int last() {
		return at(this.count - 1);
	}

	@Override
	public int next(int n) {
		int target = this.index + n;
		if (target < 0 || target >= this.count) {
			at(target < 0 ? 0 : this.count - 1);
			return DONE;
		}
		return at(target);
	}

	@Override
	public int next() {
		return next(1);
	}

	@Override
	public int previous() {
		return next(-1);
	}

	@Override
	public int following(int offset) {
		checkOffset(offset);
		int found = Arrays.binarySearch(this.boundaries, 0, this.count, offset);
		int after = (found >= 0) ? found + 1 : -found - 1;
		if (after >= this.count) {
			at(this.count - 1);
			return DONE;
		}
		return at(after);
	}

	@Override
	public int preceding(int offset) {
		checkOffset(offset);
		int found = Arrays.binarySearch(this.boundaries, 0, this.count, offset);
		int before = ((found >= 0) ? found : -found - 1) - 1;
		if (before < 0) {
			at(0);
			return DONE;
		}
		return at(before);
	}

	@Override
	public int current() {
		return this.boundaries[this.index];
	}

	@Override
	public SentenceBreaks clone() {
		SentenceBreaks copy = (SentenceBreaks) super.clone();
		copy.sentences = (BreakIterator) this.sentences.clone();
		return copy;
	}

	private int at(int newIndex) {
		this.index = newIndex;
		return this.boundaries[newIndex];
	}

	private void checkOffset(int offset) {
		if (offset < this.text.getBeginIndex() || offset > this.text.getEndIndex()) {
			throw new IllegalArgumentException("offset " + offset + " is outside the text (" + this.text.getBeginIndex()
					+ " to " + this.text.getEndIndex() + ")");
		}
	}

}
