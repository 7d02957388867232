package org.whatworks.core.content;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Turns an entry body into sections of safe HTML. Raw HTML in content is refused (it is a
 * validation problem, reported with its line); the rendered HTML also passes jsoup's
 * sanitiser, so nothing from a content file can run script on the site.
 */
final class MarkdownRenderer {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.includeSourceSpans(IncludeSourceSpans.BLOCKS)
		.build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addAttributes("th", "scope");

	private MarkdownRenderer() {
	}

	/**
	 * Splits a body into sections at its level-2 headings and renders each.
	 * @param markdown the body
	 * @param lineOffset lines before the body in its file
	 * @return the sections and the file lines that hold raw HTML
	 */
	public static Rendered render(String markdown, int lineOffset) {
		Node document = PARSER.parse(markdown);
		List<Integer> htmlLines = new ArrayList<>();
		List<UnsafeLink> unsafeLinks = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				checkScheme(link, link.getDestination());
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				checkScheme(image, image.getDestination());
				visitChildren(image);
			}

			private void checkScheme(Node node, String destination) {
				String scheme = destination.strip()
					.replaceAll("[\\s\\p{Cntrl}]", "")
					.toLowerCase(java.util.Locale.ROOT);
				if (scheme.startsWith("javascript:") || scheme.startsWith("data:") || scheme.startsWith("vbscript:")) {
					unsafeLinks.add(new UnsafeLink(lineOf(node.getParent(), lineOffset), destination));
				}
			}

			@Override
			public void visit(HtmlBlock block) {
				htmlLines.add(lineOf(block, lineOffset));
			}

			@Override
			public void visit(HtmlInline inline) {
				htmlLines.add(lineOf(inline.getParent(), lineOffset));
			}
		});
		List<RenderedSection> sections = new ArrayList<>();
		String heading = null;
		StringBuilder html = new StringBuilder();
		List<Node> blocks = new ArrayList<>();
		int start = 0;
		String[] lines = markdown.split("\n", -1);
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading h && h.getLevel() == 2) {
				if (heading != null || !blocks.isEmpty()) {
					sections.add(section(heading, blocks, lines, start));
				}
				heading = textOf(h);
				blocks = new ArrayList<>();
				start = firstLine(h) + 1;
			}
			else {
				blocks.add(node);
			}
		}
		if (heading != null || !blocks.isEmpty()) {
			sections.add(section(heading, blocks, lines, start));
		}
		return new Rendered(sections, htmlLines, unsafeLinks);
	}

	private static RenderedSection section(String heading, List<Node> blocks, String[] lines, int start) {
		StringBuilder html = new StringBuilder();
		int end = start;
		for (Node block : blocks) {
			html.append(RENDERER.render(block));
			List<SourceSpan> spans = block.getSourceSpans();
			if (!spans.isEmpty()) {
				end = Math.max(end, spans.get(spans.size() - 1).getLineIndex() + 1);
			}
		}
		StringBuilder source = new StringBuilder();
		for (int i = start; i < Math.min(end, lines.length); i++) {
			source.append(lines[i]).append('\n');
		}
		String safe = Jsoup.clean(html.toString(), SAFE);
		return new RenderedSection((heading != null) ? heading : "", source.toString().strip(), safe);
	}

	/** Renders a short piece of Markdown, such as a summary, to safe HTML. */
	public static String renderInline(String markdown) {
		return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFE);
	}

	private static int firstLine(Node node) {
		List<SourceSpan> spans = node.getSourceSpans();
		return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
	}

	private static int lineOf(Node node, int lineOffset) {
		Node at = node;
		while (at != null && at.getSourceSpans().isEmpty()) {
			at = at.getParent();
		}
		return ((at != null) ? firstLine(at) : 0) + 1 + lineOffset;
	}

	private static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}
		});
		return text.toString().strip();
	}

	/**
	 * A rendered body.
	 *
	 * @param sections the sections in order
	 * @param rawHtmlLines file lines holding raw HTML, which content must not contain
	 * @param unsafeLinks links whose scheme could run script or smuggle content
	 * ({@code javascript:}, {@code data:}, {@code vbscript:}), which content must not
	 * hold
	 */
	public record Rendered(List<RenderedSection> sections, List<Integer> rawHtmlLines, List<UnsafeLink> unsafeLinks) {
	}

	/**
	 * A link content must not hold.
	 *
	 * @param line the file line it is on
	 * @param destination the link's address as written
	 */
	public record UnsafeLink(int line, String destination) {
	}

	/**
	 * One rendered section.
	 *
	 * @param heading the heading text, empty for text before the first heading
	 * @param markdown the section's source
	 * @param html the sanitised HTML
	 */
	public record RenderedSection(String heading, String markdown, String html) {
	}

}
