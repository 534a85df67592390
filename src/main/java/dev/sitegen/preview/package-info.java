/**
 * The preview ({@code mvn site-gen -Dsitegen.serve}): serves the site on the loopback
 * interface, rebuilds it when the content or templates change, reloads the open pages and
 * shows a failed build's problems over them.
 */
@NullMarked
package dev.sitegen.preview;

import org.jspecify.annotations.NullMarked;
