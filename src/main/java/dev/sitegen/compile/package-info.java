/** Compiles the examples in-process with javax.tools, each in isolation, and maps compiler messages back to the markdown. */
@NullMarked
package dev.sitegen.compile;

import org.jspecify.annotations.NullMarked;
