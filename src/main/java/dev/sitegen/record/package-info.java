/** Recorded runs: what an example did is kept in the content directory and reused while its inputs are unchanged. */
@NullMarked
package dev.sitegen.record;

import org.jspecify.annotations.NullMarked;
