/** Compiles the examples in-process with javax.tools, each in isolation, and maps compiler messages back to the markdown. */
package dev.sitegen.compile;
