/**
 * sitegen: builds a tutorial site whose Java examples are compiled and run for real.
 * {@link dev.sitegen.Pipeline} holds the order of the stages, one package each.
 */
package dev.sitegen;
