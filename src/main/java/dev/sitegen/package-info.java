/**
 * sitegen: builds a tutorial site whose Java examples are compiled and run for real.
 * {@link dev.sitegen.Pipeline} holds the order of the stages, one package each.
 *
 * <p>Absent is explicit: every package is {@code @NullMarked} (JSpecify), so a type that
 * does not say {@code @Nullable} is never null. Records between stages say "may be
 * absent" with {@code Optional}; {@code @Nullable} marks the few values that are null by
 * design (a diagnostic that belongs to no file, a hint not given).
 */
@NullMarked
package dev.sitegen;

import org.jspecify.annotations.NullMarked;
