/** The command-line entry point and what a build prints to the terminal. */
package dev.sitegen.cli;
