// require() of packages: "exports" (conditions, arrays, null targets,
// patterns, invalid targets), "imports" ('#' specifiers), self-reference,
// "main", scoped packages, and the errors of each.
require('./fixtures/resolve/use').run();
