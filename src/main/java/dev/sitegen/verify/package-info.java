/** Judges each example against what its author declared: compiles or not, exit code, timeout, expected output. */
package dev.sitegen.verify;
