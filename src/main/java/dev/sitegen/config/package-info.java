/** The build's settings, read once from the command line and checked before any work starts. */
package dev.sitegen.config;
