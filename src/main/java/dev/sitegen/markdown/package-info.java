/** The one markdown dialect both extraction and rendering read: CommonMark with GitHub tables. */
@NullMarked
package dev.sitegen.markdown;

import org.jspecify.annotations.NullMarked;
