package dev.sitegen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Line anchors in code, and links to them from output: a stack frame {@code
 * threads/start.md:40} in an output panel or a thread dump links to line 40 of the page,
 * where an empty {@code <span id="L40">} starts that line of the example above. The line
 * a link lands on is highlighted by CSS ({@code :target}), with no script.
 */
final class LineAnchors {

    private LineAnchors() {
    }

    /**
     * @param lines the markdown line of each line of the shown code, or -1 for a line that
     *              is not on this page (an included file's)
     */
    static void insert(Element code, List<Integer> lines) {
        if (lines.isEmpty()) return;
        int[] line = {0};
        anchorBefore(code.childNodeSize() == 0 ? null : code.childNode(0), code, lines.getFirst());
        for (TextNode text : textNodes(code)) {
            String s = text.getWholeText();
            int nl = s.indexOf('\n');
            if (nl < 0) continue;
            List<Node> parts = new ArrayList<>();
            int from = 0;
            while (nl >= 0) {
                parts.add(new TextNode(s.substring(from, nl + 1)));
                line[0]++;
                if (line[0] < lines.size() && nl + 1 <= s.length()) parts.add(anchor(lines.get(line[0])));
                from = nl + 1;
                nl = s.indexOf('\n', from);
            }
            if (from < s.length()) parts.add(new TextNode(s.substring(from)));
            Node previous = text;
            for (Node part : parts) {
                if (part == null) continue;
                previous.after(part);
                previous = part;
            }
            text.remove();
        }
    }

    private static void anchorBefore(Node first, Element code, int line) {
        Node a = anchor(line);
        if (a == null) return;
        if (first == null) code.appendChild(a);
        else first.before(a);
    }

    private static Node anchor(int line) {
        return line <= 0 ? null : new Element("span").addClass("line-anchor").id("L" + line);
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) nodes.add(t);
        });
        return nodes;
    }

    /** Turns each {@code page.md:N} in the text under {@code root} into a link to {@code #LN} where this page has that anchor. */
    static void linkFrames(Element root, String pagePath, Element document) {
        Pattern frame = Pattern.compile(Pattern.quote(pagePath) + ":(\\d+)\\b");
        for (TextNode text : textNodes(root)) {
            String s = text.getWholeText();
            Matcher m = frame.matcher(s);
            List<Node> parts = new ArrayList<>();
            int from = 0;
            while (m.find()) {
                if (document.getElementById("L" + m.group(1)) == null) continue;
                if (m.start() > from) parts.add(new TextNode(s.substring(from, m.start())));
                parts.add(new Element("a").addClass("frame-link").attr("href", "#L" + m.group(1)).text(m.group()));
                from = m.end();
            }
            if (parts.isEmpty()) continue;
            if (from < s.length()) parts.add(new TextNode(s.substring(from)));
            Node previous = text;
            for (Node part : parts) {
                previous.after(part);
                previous = part;
            }
            text.remove();
        }
    }
}
