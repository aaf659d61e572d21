package io.hrassist.ui.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders Markdown from a model or another system as HTML that is safe to embed: raw HTML in the input is escaped,
 * links keep only http, https, mailto and relative targets (no {@code data:} or {@code javascript:}), and images are
 * shown as their text, so a document can neither run script nor make the browser fetch from elsewhere. Each warning
 * phrase is wrapped in {@code <mark title="reason — suggestion">}.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .nodeRendererFactory(MarkRenderer::new)
            .nodeRendererFactory(ImageAsText::new)
            .build();

    private Markdown() {}

    public static String toHtml(String markdown, List<Warning> warnings) {
        Node document = PARSER.parse(markdown);
        List<Warning> usable =
                warnings.stream().filter(w -> !w.phrase().isBlank()).toList();
        if (!usable.isEmpty()) {
            var texts = new ArrayList<Text>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    texts.add(text);
                }
            });
            Pattern pattern = pattern(usable);
            texts.forEach(text -> highlight(text, pattern, usable));
        }
        return RENDERER.render(document);
    }

    private static Pattern pattern(List<Warning> warnings) {
        var alternatives = warnings.stream()
                .map(w -> Pattern.quote(w.phrase()))
                .sorted((a, b) -> b.length() - a.length())
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void highlight(Text text, Pattern pattern, List<Warning> warnings) {
        String literal = text.getLiteral();
        Matcher matcher = pattern.matcher(literal);
        int last = 0;
        Node anchor = text;
        while (matcher.find()) {
            if (matcher.start() > last) {
                anchor = insertAfter(anchor, new Text(literal.substring(last, matcher.start())));
            }
            var mark = new Mark(titleOf(matcher.group(), warnings));
            mark.appendChild(new Text(matcher.group()));
            anchor = insertAfter(anchor, mark);
            last = matcher.end();
        }
        if (anchor == text) {
            return;
        }
        if (last < literal.length()) {
            insertAfter(anchor, new Text(literal.substring(last)));
        }
        text.unlink();
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    private static String titleOf(String found, List<Warning> warnings) {
        return warnings.stream()
                .filter(w -> w.phrase().toLowerCase(Locale.ROOT).equals(found.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(Warning::title)
                .orElse("");
    }

    /** A highlighted warning phrase. */
    static final class Mark extends CustomNode {
        final String title;

        Mark(String title) {
            this.title = title;
        }
    }

    private static final class MarkRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        MarkRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mark.class);
        }

        @Override
        public void render(Node node) {
            var attributes = new LinkedHashMap<String, String>();
            attributes.put("title", ((Mark) node).title);
            attributes.put("class", "jd-warning");
            html.tag("mark", attributes);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/mark");
        }
    }

    /** An image is rendered as its description: no request leaves the browser for it. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
