package dev.sitegen.render;

import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

import dev.sitegen.extract.Example;
import dev.sitegen.markdown.Markdown;

/**
 * Markdown to HTML with flexmark. Java examples become placeholders that the page
 * renderer fills with code and output panels; {@code output} blocks disappear; headings
 * get their GitHub ids; links to {@code .md} files point at the published {@code .html}.
 * One instance serves every page, from any thread: per-page data travels in the document.
 */
final class MarkdownHtml {

    /** The attribute that marks a placeholder with its example's id. */
    static final String PLACEHOLDER = "data-sitegen-example";

    private static final NullableDataKey<ParsedPage> PAGE = new NullableDataKey<>("SITEGEN_PAGE");

    private final HtmlRenderer renderer = HtmlRenderer.builder(Markdown.OPTIONS)
            .nodeRendererFactory(options -> new ExampleBlocks())
            .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return new Attributes();
                }
            })
            .build();

    String render(ParsedPage page) {
        page.document().set(PAGE, page);
        return renderer.render(page.document());
    }

    private static final class ExampleBlocks implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
                ParsedPage page = PAGE.get(context.getDocument());
                Example example = page == null ? null : page.examples().get(node);
                if (example != null) {
                    html.line().raw("<div " + PLACEHOLDER + "=\"" + org.jsoup.nodes.Entities.escape(example.id()) + "\"></div>").line();
                } else if (page == null || !page.outputBlocks().contains(node)) {
                    context.delegateRender();
                }
            }));
        }
    }

    private static final class Attributes implements AttributeProvider {

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            ParsedPage page = PAGE.get(node.getDocument());
            if (node instanceof Heading && page != null && page.headingIds().containsKey(node)) {
                attributes.replaceValue("id", page.headingIds().get(node));
            } else if ((node instanceof Link || node instanceof LinkRef) && part == AttributablePart.LINK) {
                var href = attributes.getValue("href");
                if (href != null) attributes.replaceValue("href", Links.publish(href));
            } else if (node instanceof Image && part == AttributablePart.LINK) {
                var src = attributes.getValue("src");
                if (src != null) attributes.replaceValue("src", Links.publish(src));
            }
        }
    }
}
