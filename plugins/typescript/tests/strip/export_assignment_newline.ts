export = foo
let y
