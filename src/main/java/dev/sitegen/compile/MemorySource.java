package dev.sitegen.compile;

import java.net.URI;

import javax.tools.SimpleJavaFileObject;

/** A {@link JavaSource} as javac reads it; its URI ends in the file name javac checks class names against. */
final class MemorySource extends SimpleJavaFileObject {

    private final JavaSource source;

    MemorySource(JavaSource source) {
        super(URI.create("memory:///" + Integer.toHexString(System.identityHashCode(source)) + "/" + source.fileName()), Kind.SOURCE);
        this.source = source;
    }

    JavaSource source() {
        return source;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source.text();
    }
}
