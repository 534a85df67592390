package dev.sitegen.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.sitegen.render.SiteFile;

/**
 * Brings the site directory in line with the files of a successful build: writes the files
 * whose bytes differ (each through a temporary file and a rename), deletes the files no
 * page produces any more, leaves the rest untouched. Called only when the whole build
 * succeeded, so a failed build never changes the site.
 *
 * <p>It deletes only what a build wrote: {@value #MANIFEST} in the site folder lists those
 * files. Anything else there ({@code .nojekyll}, {@code CNAME}, a file the user put there)
 * is left alone, and a non-empty folder without a manifest is refused.
 */
public final class SiteWriter {

    /** The list of the files builds wrote, one path per line, kept in the site folder. */
    public static final String MANIFEST = ".sitegen-manifest";
    /** Ends the name of a file being written; one left by a killed build is the build's own, never the user's. */
    private static final String TMP = ".sitegen-tmp";

    /** What a sync changed, paths relative to the site. */
    public record Changes(List<String> written, List<String> deleted, int unchanged) {
    }

    /** The site folder holds files no build wrote where the build would write or must be sure of its ground. */
    public static final class ForeignFiles extends RuntimeException {
        private final List<String> files;

        ForeignFiles(String message, List<String> files) {
            super(message);
            this.files = List.copyOf(files);
        }

        public List<String> files() {
            return files;
        }
    }

    private final Path site;
    private final Set<Path> createdFolders = new HashSet<>();

    public SiteWriter(Path site) {
        this.site = site;
    }

    /** The files earlier builds wrote; empty when the folder has no manifest. */
    private Set<String> owned() throws IOException {
        Path manifest = site.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) return Set.of();
        Set<String> owned = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(manifest, java.nio.charset.StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) owned.add(line.strip());
        }
        return owned;
    }

    private void writeManifest(Set<String> owned) throws IOException {
        StringBuilder text = new StringBuilder("# Files written by the site generator; it deletes only these. Other files here are kept.\n");
        for (String f : new java.util.TreeSet<>(owned)) text.append(f).append('\n');
        Path manifest = site.resolve(MANIFEST);
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (Files.isRegularFile(manifest) && Arrays.equals(Files.readAllBytes(manifest), bytes)) return;
        Path tmp = site.resolve(MANIFEST + TMP);
        Files.write(tmp, bytes);
        Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Refuses a folder the build cannot be sure of: one with files but no manifest, or one
     * where a file the build would write exists and was not written by a build.
     *
     * @throws ForeignFiles naming the files
     */
    public void checkOwnership(List<SiteFile> files) {
        try {
            if (Files.isDirectory(site)) recover(); // a build killed after its commit is finished first
            List<String> existing = existing();
            Set<String> owned = owned();
            if (!Files.isRegularFile(site.resolve(MANIFEST))) {
                if (!existing.isEmpty()) {
                    throw new ForeignFiles("the site folder holds files that no build wrote, and it has no " + MANIFEST
                            + " saying which files a build may replace or delete", existing);
                }
                return;
            }
            Set<String> present = new HashSet<>(existing);
            List<String> inTheWay = files.stream().map(SiteFile::path).filter(f -> present.contains(f) && !owned.contains(f)).toList();
            if (!inTheWay.isEmpty()) {
                throw new ForeignFiles("files the build would write are already in the site folder, and no build wrote them", inTheWay);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site in " + site, e);
        }
    }

    /**
     * @param scope which existing files this build is responsible for (all, or one page's)
     */
    public Changes sync(List<SiteFile> files, Predicate<String> scope) {
        checkOwnership(files);
        try {
            Files.createDirectories(site);
            Set<String> owned = new java.util.TreeSet<>(owned());
            Set<String> wanted = new HashSet<>();
            for (SiteFile f : files) wanted.add(f.path());
            // 1. stage: every changed file written in full beside the site; the site is untouched
            Path staging = site.resolve(STAGING);
            List<String> written = new ArrayList<>();
            int unchanged = 0;
            for (SiteFile f : files) {
                if (stageIfChanged(f, staging)) written.add(f.path());
                else unchanged++;
            }
            List<String> deleted = new ArrayList<>();
            for (String existing : existing()) {
                if (!wanted.contains(existing) && scope.test(existing) && owned.contains(existing)) deleted.add(existing);
            }
            owned.addAll(wanted);
            deleted.forEach(owned::remove);
            // 2. commit: the journal, written whole and renamed into place, is the moment the new site exists
            List<String> journal = new ArrayList<>();
            written.forEach(w -> journal.add("put " + w));
            deleted.forEach(d -> journal.add("delete " + d));
            journal.add("manifest");
            journal.addAll(owned.stream().map(o -> "  " + o).toList());
            writeAtomically(site.resolve(JOURNAL), String.join("\n", journal) + "\n");
            // 3. apply it; a build killed from here on is finished by the next one
            apply();
            return new Changes(written, deleted, unchanged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + site, e);
        } finally {
            if (!Files.exists(site.resolve(JOURNAL))) deleteTree(site.resolve(STAGING)); // not committed: the old site stands
        }
    }

    /** A folder inside the site where a build writes the new files before any of them replaces an old one. */
    private static final String STAGING = ".sitegen-staging";
    /** What the last committed build still has to do to the site; present only between commit and completion. */
    private static final String JOURNAL = ".sitegen-journal";

    /** Finishes what a build killed after its commit left undone, or drops what one killed before it staged. */
    private void recover() throws IOException {
        if (Files.exists(site.resolve(JOURNAL))) apply();
        deleteTree(site.resolve(STAGING));
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path leftover : walk.filter(f -> f.getFileName().toString().endsWith(TMP)).toList()) Files.deleteIfExists(leftover);
        }
    }

    /** Carries out the journal; every step can be repeated, so a second attempt after a kill is safe. */
    private void apply() throws IOException {
        Path staging = site.resolve(STAGING);
        List<String> lines = Files.readAllLines(site.resolve(JOURNAL), java.nio.charset.StandardCharsets.UTF_8);
        Set<Path> emptied = new HashSet<>();
        Set<String> manifest = new java.util.TreeSet<>();
        boolean inManifest = false;
        for (String line : lines) {
            if (inManifest) {
                if (!line.isBlank()) manifest.add(line.strip());
            } else if (line.equals("manifest")) {
                inManifest = true;
            } else if (line.startsWith("put ")) {
                Path from = staging.resolve(line.substring(4));
                Path to = site.resolve(line.substring(4));
                if (Files.exists(from)) {
                    Files.createDirectories(to.getParent());
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } else if (line.startsWith("delete ")) {
                Path gone = site.resolve(line.substring(7));
                if (Files.deleteIfExists(gone)) emptied.add(gone.getParent());
            }
        }
        writeManifest(manifest);
        removeEmptyFolders(emptied);
        Files.delete(site.resolve(JOURNAL));
        deleteTree(staging);
    }

    /** Writes the file into the staging folder unless the site already holds these bytes. */
    private boolean stageIfChanged(SiteFile f, Path staging) throws IOException {
        byte[] bytes = bytes(f);
        Path target = site.resolve(f.path());
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        // what would stop the rename into place must stop the build now, before its commit
        for (Path folder = target.getParent(); folder != null && !folder.equals(site); folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) throw new java.nio.file.FileAlreadyExistsException(folder.toString());
        }
        Path staged = staging.resolve(f.path());
        if (createdFolders.add(staged.getParent())) Files.createDirectories(staged.getParent());
        Files.write(staged, bytes);
        return true;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + TMP);
        Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /** The files of the site directory that differ from the build's: missing, different or extra. */
    public List<String> differences(List<SiteFile> files, Predicate<String> scope) {
        List<String> problems = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        try {
            for (SiteFile f : files) {
                wanted.add(f.path());
                Path target = site.resolve(f.path());
                if (!Files.isRegularFile(target)) problems.add(f.path() + " is missing");
                else if (!Arrays.equals(Files.readAllBytes(target), bytes(f))) problems.add(f.path() + " is out of date");
            }
            if (Files.isDirectory(site)) {
                Set<String> owned = owned();
                for (String existing : existing()) {
                    if (!wanted.contains(existing) && scope.test(existing) && owned.contains(existing)) {
                        problems.add(existing + " is no longer produced by any page");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the site in " + site, e);
        }
        problems.sort(Comparator.naturalOrder());
        return problems;
    }

    private static byte[] bytes(SiteFile f) throws IOException {
        return switch (f) {
            case SiteFile.Generated g -> g.bytes();
            case SiteFile.Copied c -> Files.readAllBytes(c.source());
        };
    }

    private List<String> existing() throws IOException {
        if (!Files.isDirectory(site)) return List.of();
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(MANIFEST) && !p.equals(JOURNAL) && !p.startsWith(STAGING + "/") && !p.endsWith(TMP))
                    .sorted().toList();
        }
    }

    /** Removes the folders that deleting files left empty, and their parents that became empty; no other folder. */
    private void removeEmptyFolders(Set<Path> emptied) throws IOException {
        List<Path> folders = emptied.stream().sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        for (Path folder : folders) {
            for (Path p = folder; p != null && p.startsWith(site) && !p.equals(site) && Files.isDirectory(p); p = p.getParent()) {
                try (Stream<Path> children = Files.list(p)) {
                    if (children.findAny().isPresent()) break;
                }
                Files.delete(p);
            }
        }
    }
}
