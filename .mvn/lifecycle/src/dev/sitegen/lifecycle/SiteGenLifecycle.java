package dev.sitegen.lifecycle;

import java.util.Collections;
import java.util.HashMap;

import org.apache.maven.lifecycle.Lifecycle;
import org.apache.maven.lifecycle.mapping.LifecyclePhase;

/**
 * Adds a lifecycle {@code site-gen} with the single phase {@code site-gen}, so that
 * {@code mvn site-gen} runs whatever the project binds to that phase.
 *
 * <p>Loaded as a core extension through {@code -Dmaven.ext.class.path} in
 * {@code .mvn/maven.config}; registered by {@code META-INF/plexus/components.xml}.
 * Compiled for Java 8 against maven-core 3.8.7 so that one jar serves Maven 3.8, 3.9
 * and 4.0.
 */
public class SiteGenLifecycle extends Lifecycle {

    public SiteGenLifecycle() {
        super("site-gen", Collections.singletonList("site-gen"), new HashMap<String, LifecyclePhase>());
    }
}
