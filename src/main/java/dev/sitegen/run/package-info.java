/** Runs each compiled example in a fresh JVM (a {@code python run} block in a fresh {@code python3}) of its own process group and captures its ordered output. */
@NullMarked
package dev.sitegen.run;

import org.jspecify.annotations.NullMarked;
