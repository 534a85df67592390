/** Runs each compiled example in a fresh JVM of its own process group and captures its ordered output. */
@NullMarked
package dev.sitegen.run;

import org.jspecify.annotations.NullMarked;
