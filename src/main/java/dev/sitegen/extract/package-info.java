/** Finds the Java examples in a page's fenced blocks and reads their info strings and expected output. */
package dev.sitegen.extract;
