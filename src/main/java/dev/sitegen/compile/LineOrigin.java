package dev.sitegen.compile;

import dev.sitegen.diag.SourcePos;

/**
 * Where a line of generated source comes from.
 *
 * @param origin the author's line it holds
 * @param shift  how many generated characters precede the author's text on it (a wrapper's header)
 */
record LineOrigin(SourcePos origin, int shift) {
}
