/** The build's settings, read once from the command line and checked before any work starts. */
@NullMarked
package dev.sitegen.config;

import org.jspecify.annotations.NullMarked;
