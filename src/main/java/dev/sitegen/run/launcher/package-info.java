/**
 * The launcher that starts every example's JVM: it routes System.out and System.err into
 * one ordered, tagged stream and then calls the example's {@code main}. It uses only
 * {@code java.base}, and is not a {@code -javaagent}: loading {@code java.instrument}
 * turns off the JVM's archived module graph and doubles its start-up time.
 */
package dev.sitegen.run.launcher;
