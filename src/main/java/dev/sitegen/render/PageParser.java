package dev.sitegen.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import dev.sitegen.diag.LineIndex;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;

/** Parses a page and collects what rendering and link checking need. */
final class PageParser {

    ParsedPage parse(ExtractedPage extracted) {
        var page = extracted.page();
        Document document = extracted.document();
        LineIndex index = new LineIndex(page.file(), page.markdown());

        Slugger slugger = new Slugger();
        Map<Integer, Example> byLine = new HashMap<>();
        for (Example e : extracted.examples()) {
            slugger.reserve(e.id());
            byLine.put(e.pos().line(), e);
        }
        Map<Node, Example> examples = new IdentityHashMap<>();
        Set<Node> outputs = new HashSet<>();
        List<ParsedPage.Heading> headings = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        List<ParsedPage.LinkRef> links = new ArrayList<>();
        String firstH1 = null;
        for (Node node : document.getDescendants()) {
            switch (node) {
                case Heading h -> {
                    String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                    String id = slugger.slug(text);
                    ids.put(h, id);
                    headings.add(new ParsedPage.Heading(h.getLevel(), text, id));
                    if (h.getLevel() == 1 && firstH1 == null) firstH1 = text;
                }
                case Link l -> links.add(new ParsedPage.LinkRef(l.getUrl().toString(), index.at(l.getStartOffset()), false));
                case Image i -> links.add(new ParsedPage.LinkRef(i.getUrl().toString(), index.at(i.getStartOffset()), true));
                case Reference r -> links.add(new ParsedPage.LinkRef(r.getUrl().toString(), index.at(r.getStartOffset()), false));
                case FencedCodeBlock block -> {
                    Example e = byLine.get(index.at(block.getStartOffset()).line());
                    if (e != null) examples.put(block, e);
                    if (block.getInfo().toString().strip().startsWith("output") && block.getPrevious() instanceof FencedCodeBlock prev
                            && prev.getInfo().toString().strip().startsWith("java")) {
                        outputs.add(block);
                    }
                }
                default -> {
                }
            }
        }
        String title = page.front().title().orElse(firstH1 != null ? firstH1 : fileTitle(page.path()));
        return new ParsedPage(page, document, title, headings, ids, links, examples, outputs);
    }

    private static String fileTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length()).replace('-', ' ').replace('_', ' ');
        return name.isEmpty() ? path : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
