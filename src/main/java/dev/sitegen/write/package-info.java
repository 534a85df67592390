/** Brings site/ in line with a successful build, compares it in check mode, and writes report.json. */
@NullMarked
package dev.sitegen.write;

import org.jspecify.annotations.NullMarked;
