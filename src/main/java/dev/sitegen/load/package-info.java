/** Finds the pages, their front matter, the site settings and the files copied as they are. */
@NullMarked
package dev.sitegen.load;

import org.jspecify.annotations.NullMarked;
