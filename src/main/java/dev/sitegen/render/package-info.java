/** Turns pages and what their examples did into HTML: markdown, highlighting, output panels, navigation, links. */
package dev.sitegen.render;
