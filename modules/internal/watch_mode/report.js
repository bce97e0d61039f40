'use strict';
// In a program `bistro --watch` runs, each module file loaded is reported
// to the supervisor over the IPC channel, so that it watches exactly the
// files the program uses: { 'watch:require': [path] } for CommonJS,
// { 'watch:import': [file URL] } for ES modules, as Node reports them.

let enabled;
function reporting() {
  enabled ??= binding.permissionHas('env', 'WATCH_REPORT_DEPENDENCIES') &&
    Boolean(process.env.WATCH_REPORT_DEPENDENCIES) && typeof process.send === 'function';
  return enabled;
}

/** Reports a CommonJS module's file. */
function reportRequired(filename) {
  if (reporting()) process.send({ 'watch:require': [filename] });
}

/** Reports an ES module's file (as its file URL, made only when reporting). */
function reportImported(filename) {
  if (reporting()) process.send({ 'watch:import': [require('internal/modules/file_url').pathToFileURL(filename)] });
}

module.exports = { reportRequired, reportImported };
