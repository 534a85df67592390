package dev.sitegen.diag;

/** How bad a problem is: errors fail the build, warnings are printed and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
