/** Positions in the author's files, the problems found there, and how they are printed. */
package dev.sitegen.diag;
