/** Brings site/ in line with a successful build, compares it in check mode, and writes report.json. */
package dev.sitegen.write;
