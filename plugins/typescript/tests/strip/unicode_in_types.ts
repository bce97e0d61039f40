let a: "é€😀" = "é";
function f(x: Map<"😀", number>): void {}
