package dev.sitegen;

import dev.sitegen.record.Stored;
import dev.sitegen.verify.Outcome;

/**
 * What an example did and its verdict.
 *
 * @param raw     as recorded: stack frames relative to its code
 * @param outcome the verdict, on the evidence with frames pointing at the markdown
 */
record Result(Stored raw, Outcome outcome) {
}
