package dev.sitegen.config;

/** The command line or the directories it names cannot be used; the message says how to fix it. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
