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
 */
public final class SiteWriter {

    /** What a sync changed, paths relative to the site. */
    public record Changes(List<String> written, List<String> deleted, int unchanged) {
    }

    private final Path site;
    private final Set<Path> createdFolders = new HashSet<>();

    public SiteWriter(Path site) {
        this.site = site;
    }

    /**
     * @param scope which existing files this build is responsible for (all, or one page's)
     */
    public Changes sync(List<SiteFile> files, Predicate<String> scope) {
        List<String> written = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        int unchanged = 0;
        try {
            Files.createDirectories(site);
            Set<String> wanted = new HashSet<>();
            for (SiteFile f : files) wanted.add(f.path());
            List<Boolean> changed = files.stream().map(this::writeIfChanged).toList();
            for (int i = 0; i < files.size(); i++) {
                if (changed.get(i)) written.add(files.get(i).path());
                else unchanged++;
            }
            for (String existing : existing()) {
                if (!wanted.contains(existing) && scope.test(existing)) {
                    Files.delete(site.resolve(existing));
                    deleted.add(existing);
                }
            }
            removeEmptyFolders();
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
            Path tmp = target.resolveSibling("." + target.getFileName() + ".sitegen-tmp");
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
                for (String existing : existing()) {
                    if (!wanted.contains(existing) && scope.test(existing)) problems.add(existing + " is no longer produced by any page");
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
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private void removeEmptyFolders() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(site) && Files.isDirectory(p)) {
                    try (Stream<Path> children = Files.list(p)) {
                        if (children.findAny().isEmpty()) Files.delete(p);
                    }
                }
            }
        }
    }
}
