package dev.sitegen.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.sitegen.diag.Suggestions;

/**
 * Checks the {@code -Dsitegen.*} properties the user gave Maven. The pom passes the
 * generator only the properties it knows, so a misspelt one would be dropped without a
 * word; Maven's launcher script exports its command line as {@code MAVEN_CMD_LINE_ARGS},
 * and every {@code sitegen.} name in it must be one the generator implements.
 */
public final class MavenProperties {

    /** The properties a user may set, as the README documents them. */
    public static final Set<String> KNOWN = Set.of("content", "templates", "site", "rerun", "promote", "only", "verbose", "shard", "repeat", "baseUrl",
            "serve", "port", "aotCache");

    /** The environment variable Maven's {@code mvn} script exports its arguments in. */
    static final String ENV = "MAVEN_CMD_LINE_ARGS";

    private MavenProperties() {
    }

    /** One problem per {@code -Dsitegen.NAME} the generator does not implement; empty when all are known. */
    public static List<String> problems(Map<String, String> env) {
        String line = env.get(ENV);
        if (line == null || line.isBlank()) return List.of();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        String[] words = line.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String definition;
            if (word.equals("-D") && i + 1 < words.length) definition = words[++i];
            else if (word.startsWith("-D")) definition = word.substring(2);
            else continue;
            if (!definition.startsWith("sitegen.")) continue;
            int eq = definition.indexOf('=');
            String name = definition.substring("sitegen.".length(), eq < 0 ? definition.length() : eq);
            if (KNOWN.contains(name) || !seen.add(name)) continue;
            problems.add("unknown property -Dsitegen." + name + ": "
                    + Suggestions.closest(name, KNOWN).map(c -> "did you mean -Dsitegen." + c + "?")
                            .orElse("the properties the generator knows are " + list(KNOWN)));
        }
        return problems;
    }

    private static String list(Set<String> names) {
        return String.join(", ", new TreeSet<>(names).stream().map(n -> "sitegen." + n).toList());
    }
}
