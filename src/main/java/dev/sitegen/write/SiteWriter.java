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
        List<String> written = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        int unchanged = 0;
        checkOwnership(files);
        try {
            Files.createDirectories(site);
            try (Stream<Path> walk = Files.walk(site)) {
                for (Path leftover : walk.filter(f -> f.getFileName().toString().endsWith(TMP)).toList()) Files.deleteIfExists(leftover);
            }
            Set<String> owned = new HashSet<>(owned());
            Set<String> wanted = new HashSet<>();
            for (SiteFile f : files) wanted.add(f.path());
            List<Boolean> changed = files.stream().map(this::writeIfChanged).toList();
            for (int i = 0; i < files.size(); i++) {
                if (changed.get(i)) written.add(files.get(i).path());
                else unchanged++;
            }
            owned.addAll(wanted);
            Set<Path> emptied = new HashSet<>();
            for (String existing : existing()) {
                if (!wanted.contains(existing) && scope.test(existing) && owned.contains(existing)) {
                    Files.delete(site.resolve(existing));
                    deleted.add(existing);
                    owned.remove(existing);
                    emptied.add(site.resolve(existing).getParent());
                }
            }
            owned.removeIf(f -> !Files.isRegularFile(site.resolve(f)));
            writeManifest(owned);
            removeEmptyFolders(emptied);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + site, e);
        }
        return new Changes(written, deleted, unchanged);
    }

    /** Writes the file, through a temporary file and a rename, unless it already holds these bytes. */
    private boolean writeIfChanged(SiteFile f) {
        try {
            byte[] bytes = bytes(f);
            Path target = site.resolve(f.path());
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            if (createdFolders.add(target.getParent())) Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + TMP);
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + site.resolve(f.path()), e);
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
                    .filter(p -> !p.equals(MANIFEST) && !p.endsWith(TMP)).sorted().toList();
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
