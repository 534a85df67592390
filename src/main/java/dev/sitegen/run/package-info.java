/** Runs each compiled example in a fresh JVM of its own process group and captures its ordered output. */
package dev.sitegen.run;
