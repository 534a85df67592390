/** Judges each example against what its author declared: compiles or not, exit code, timeout, expected output. */
@NullMarked
package dev.sitegen.verify;

import org.jspecify.annotations.NullMarked;
