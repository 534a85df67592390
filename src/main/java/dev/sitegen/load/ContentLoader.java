package dev.sitegen.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.diag.Suggestions;

/**
 * Reads the content directory: every {@code *.md} is a page, {@code _site.yml} holds the
 * settings, other files are assets. Names starting with {@code _} or {@code .} and the
 * {@code examples/} folder are neither pages nor assets.
 */
public final class ContentLoader {

    static final List<String> SITE_KEYS = List.of("title", "baseUrl", "editUrl", "parts");

    private final Reporter reporter;

    public ContentLoader(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param root        the content directory
     * @param displayRoot the content directory as messages should name it
     */
    public Site load(Path root, String displayRoot) {
        List<Path> pageFiles = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        Path realRoot = realPath(root);
        for (Path file : files(root)) {
            String rel = relative(root, file);
            if (isHidden(rel)) continue;
            Path real = realPath(file);
            if (!real.startsWith(realRoot)) {
                // a link to a file elsewhere would publish it: /etc/passwd, a key, a home folder
                reporter.report(Diagnostic.error(SourcePos.of(displayRoot + "/" + rel, 1), "this is a link to a file outside the content folder, "
                                + "and the build does not publish files from outside it")
                        .withHint("copy the file into " + displayRoot + "/ instead of linking to it"));
                continue;
            }
            if (rel.endsWith(".md")) pageFiles.add(file);
            else assets.add(new Asset(rel, file));
        }
        List<Page> pages = pageFiles.parallelStream()
                .map(file -> readPage(file, relative(root, file), displayRoot + "/" + relative(root, file)))
                .flatMap(Optional::stream).toList();
        if (pages.isEmpty()) {
            reporter.report(Diagnostic.error(null, "no pages in `" + displayRoot + "`")
                    .withHint("add markdown files (index.md is the home page) or point -Dsitegen.content at the right folder"));
        }
        return new Site(root, displayRoot, settings(root.resolve("_site.yml"), displayRoot + "/_site.yml"), pages, assets);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + p, e);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Not published: names starting with {@code _} or {@code .} at any level, and the top-level {@code examples/}. */
    static boolean isHidden(String rel) {
        if (rel.startsWith("examples/")) return true;
        for (String part : rel.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) return true;
        }
        return false;
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private Optional<Page> readPage(Path file, String rel, String display) {
        Optional<String> text = readUtf8(file, display);
        if (text.isEmpty()) return Optional.empty();
        String normalized = text.get().replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            // a byte order mark would hide the front matter and turn its last line into a heading
            reporter.report(Diagnostic.warning(SourcePos.of(display, 1), "the file starts with a UTF-8 byte order mark; the build ignores it")
                    .withHint("save the file as UTF-8 without a byte order mark (BOM)"));
            normalized = normalized.substring(1);
        }
        FrontMatterParser.Split split = FrontMatterParser.parse(normalized, display, reporter);
        return Optional.of(new Page(rel, display, split.markdown(), split.front()));
    }

    /** Where the first byte that is not UTF-8 is: its line, and its column in characters. */
    static SourcePos firstInvalidByte(byte[] bytes, String display) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true); // stops at the first malformed input
        out.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePos(display, line, column);
    }

    private Optional<String> readUtf8(Path file, String display) {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            reporter.report(Diagnostic.error(firstInvalidByte(bytes, display), "the file is not valid UTF-8 from here on")
                    .withHint("save it as UTF-8 (an editor's \"reopen with encoding\" shows the character that was saved in another encoding)"));
        } catch (IOException e) {
            reporter.report(Diagnostic.error(SourcePos.of(display, 1), "cannot read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private SiteSettings settings(Path file, String display) {
        if (!Files.isRegularFile(file)) return SiteSettings.DEFAULT;
        Optional<String> text = readUtf8(file, display);
        if (text.isEmpty()) return SiteSettings.DEFAULT;
        Optional<List<YamlMapping.Field>> fields = YamlMapping.parse(text.get(), display, 1, reporter, java.util.Set.of("parts"));
        if (fields.isEmpty()) return SiteSettings.DEFAULT;
        String title = SiteSettings.DEFAULT.title();
        Optional<String> baseUrl = Optional.empty();
        Optional<String> editUrl = Optional.empty();
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (YamlMapping.Field f : fields.get()) {
            if (f.key().equals("parts") && f.value() == null) {
                for (YamlMapping.Field part : f.entries()) {
                    if (!Files.isDirectory(file.getParent().resolve(part.key()))) {
                        reporter.report(Diagnostic.error(part.keyPos(), "the part `" + part.key() + "` names no folder of the content")
                                .withSpan(part.key().length()).withHint("a part groups the pages of one top-level folder: write the folder's name"));
                    }
                    parts.put(part.key(), part.text());
                }
                continue;
            }
            switch (f.key()) {
                case "title" -> title = f.text();
                case "baseUrl" -> baseUrl = Optional.of(withSlash(f.text()));
                case "editUrl" -> editUrl = Optional.of(withSlash(f.text()));
                case "parts" -> reporter.report(Diagnostic.error(f.valuePos(), "`parts` must list folders with their titles")
                        .withHint("write `parts:` and under it one indented `folder: Title` per part"));
                default -> reporter.report(Diagnostic.error(f.keyPos(), "unknown site setting `" + f.key() + "`")
                        .withSpan(f.key().length()).withHint(Suggestions.didYouMean(f.key(), SITE_KEYS)));
            }
        }
        return new SiteSettings(title, baseUrl, editUrl, parts);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
