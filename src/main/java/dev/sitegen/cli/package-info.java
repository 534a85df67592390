/** The command-line entry point and what a build prints to the terminal. */
@NullMarked
package dev.sitegen.cli;

import org.jspecify.annotations.NullMarked;
