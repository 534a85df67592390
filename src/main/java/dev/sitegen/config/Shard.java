package dev.sitegen.config;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code -Dsitegen.shard=K/N}: this check is shard {@code index} of {@code count}, so that
 * a CI matrix of N jobs checks every example once between them.
 *
 * @param index which shard, from 1
 * @param count how many shards the examples are split into
 */
public record Shard(int index, int count) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N: " + index + "/" + count);
    }

    /** The one shard that holds everything: what a check without {@code -Dsitegen.shard} is. */
    public static final Shard WHOLE = new Shard(1, 1);

    /**
     * @return the shard {@code value} names, or empty when it is not of the form {@code K/N}
     *         with {@code 1 <= K <= N}
     */
    public static Optional<Shard> parse(String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) return Optional.empty();
        int index = Integer.parseInt(m.group(1));
        int count = Integer.parseInt(m.group(2));
        return count >= 1 && index >= 1 && index <= count ? Optional.of(new Shard(index, count)) : Optional.empty();
    }

    /** Whether this shard is the first, which also checks what belongs to no example (the site folder). */
    public boolean first() {
        return index == 1;
    }

    /** Whether the examples are split at all. */
    public boolean split() {
        return count > 1;
    }

    /** {@code 2/4}, as the property is written. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
