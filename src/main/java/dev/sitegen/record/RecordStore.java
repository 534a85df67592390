package dev.sitegen.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.google.gson.JsonParseException;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Example;

/**
 * The recorded runs, one JSON file per page under {@code _runs/} in the content
 * directory, committed with the content. A damaged file or a hand-edited record is
 * reported as a warning and ignored: its examples run again.
 */
public final class RecordStore {

    /** The folder under the content directory. Its name starts with {@code _}: it is not published. */
    public static final String DIR = "_runs";

    private final Path dir;
    private final String displayDir;
    private final Reporter reporter;

    public RecordStore(Path contentRoot, String displayRoot, Reporter reporter) {
        this.dir = contentRoot.resolve(DIR);
        this.displayDir = displayRoot + "/" + DIR;
        this.reporter = reporter;
    }

    /** The file that holds a page's records: {@code threads/start.md} → {@code _runs/threads/start.json}. */
    Path fileOf(String page) {
        return dir.resolve(page.substring(0, page.length() - ".md".length()) + ".json");
    }

    /** The valid records by key, and the key each example id was last recorded with. */
    public record Loaded(Map<String, Stored> byKey, Map<String, String> keyOfId) {
    }

    /** Every valid record. */
    public Loaded load() {
        Map<String, Stored> byKey = new HashMap<>();
        Map<String, String> keyOfId = new HashMap<>();
        if (!Files.isDirectory(dir)) return new Loaded(byKey, keyOfId);
        for (Path file : files()) {
            String display = displayDir + "/" + dir.relativize(file).toString().replace('\\', '/');
            RecordFiles.PageFile page;
            try {
                page = RecordFiles.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), RecordFiles.PageFile.class);
                if (page == null || page.examples() == null) throw new JsonParseException("no examples");
            } catch (IOException | RuntimeException e) {
                warn(display, "the recorded runs cannot be read (" + e.getClass().getSimpleName() + "); their examples will run again");
                continue;
            }
            if (page.format() != RecordFiles.FORMAT) continue; // an older generator's records: re-run quietly
            for (RecordFiles.ExampleRecord e : page.examples()) {
                if (e == null) continue;
                if (e.checksum() == null || !e.checksum().equals(e.computeChecksum())) {
                    warn(display, "the record of `" + e.id() + "` was changed by hand or damaged (its checksum does not match); the example will run again");
                    continue;
                }
                try {
                    byKey.put(e.key(), RecordFiles.fromRecord(e));
                    keyOfId.put(e.id(), e.key());
                } catch (IllegalArgumentException ex) {
                    warn(display, "the record of `" + e.id() + "` is incomplete; the example will run again");
                }
            }
        }
        return new Loaded(byKey, keyOfId);
    }

    /** A record to keep: the example, its key and what it did. */
    public record Entry(Example example, String key, Stored stored) {
    }

    /**
     * Brings the files of {@code pages} in line with {@code entries}: a page's file holds
     * exactly its entries, in page order; a page without entries has no file.
     *
     * @param prune also delete the files of pages not in {@code pages} (a whole build)
     * @return the files written or deleted, as messages name them
     */
    public List<String> save(List<String> pages, List<Entry> entries, boolean prune) {
        Map<String, List<RecordFiles.ExampleRecord>> byPage = new HashMap<>();
        for (Entry e : entries) {
            byPage.computeIfAbsent(e.example().page(), p -> new ArrayList<>()).add(RecordFiles.toRecord(e.example().id(), e.key(), e.stored()));
        }
        List<String> changed = new ArrayList<>();
        try {
            for (String page : pages) {
                Path file = fileOf(page);
                List<RecordFiles.ExampleRecord> records = byPage.getOrDefault(page, List.of());
                if (records.isEmpty()) {
                    if (Files.deleteIfExists(file)) changed.add(display(file));
                    continue;
                }
                byte[] bytes = (RecordFiles.GSON.toJson(new RecordFiles.PageFile(RecordFiles.FORMAT, page, records)) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) continue;
                Files.createDirectories(file.getParent());
                // a temporary file, then a rename: a kill or a full disk never leaves half a record
                Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                changed.add(display(file));
            }
            if (prune && Files.isDirectory(dir)) {
                Set<Path> keep = new java.util.HashSet<>();
                for (String page : pages) keep.add(fileOf(page));
                for (Path file : files()) {
                    if (!keep.contains(file)) {
                        Files.delete(file);
                        changed.add(display(file));
                    }
                }
                removeEmptyFolders();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recorded runs in " + displayDir, e);
        }
        return changed;
    }

    private String display(Path file) {
        return displayDir + "/" + dir.relativize(file).toString().replace('\\', '/');
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + displayDir, e);
        }
    }

    private void removeEmptyFolders() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty()) Files.delete(p);
                    }
                }
            }
        }
    }

    private void warn(String file, String message) {
        reporter.report(Diagnostic.warning(SourcePos.of(file, 1), message));
    }
}
