/** Positions in the author's files, the problems found there, and how they are printed. */
@NullMarked
package dev.sitegen.diag;

import org.jspecify.annotations.NullMarked;
