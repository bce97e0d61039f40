// util.getCallSites: the caller's frames, without Error.prepareStackTrace.
const util = require('util');
const path = require('path');
Error.prepareStackTrace = () => { throw new Error('must not be called'); };
function outer() { return inner(); }
function inner() { return util.getCallSites(3); }
for (const site of outer()) {
  console.log(site.functionName, path.basename(site.scriptName), site.lineNumber, site.columnNumber, site.column, typeof site.scriptId);
}
console.log(Object.keys(util.getCallSites(1)[0]), Object.getPrototypeOf(util.getCallSites(1)[0]), util.getCallSites().length > 0);
[1].forEach(function callback() { console.log(util.getCallSites(2).map((site) => site.functionName)); });
console.log(util.getCallSites({ sourceMap: false }).length > 0);
for (const bad of [0, 201, 1.5, 'x', { sourceMap: 1 }, null]) {
  try { util.getCallSites(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { util.getCallSites(1, 5); } catch (err) { console.log(err.name, err.code, err.message); }
