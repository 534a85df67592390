/** The one markdown dialect both extraction and rendering read: CommonMark with GitHub tables. */
package dev.sitegen.markdown;
