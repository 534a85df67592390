/** Finds the Java examples (and {@code python run} blocks) in a page's fenced blocks and reads their info strings and expected output. */
@NullMarked
package dev.sitegen.extract;

import org.jspecify.annotations.NullMarked;
