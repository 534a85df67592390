/** Finds the pages, their front matter, the site settings and the files copied as they are. */
package dev.sitegen.load;
