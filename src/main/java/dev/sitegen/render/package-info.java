/** Turns pages and what their examples did into HTML: markdown, highlighting, output panels, navigation, links. */
@NullMarked
package dev.sitegen.render;

import org.jspecify.annotations.NullMarked;
