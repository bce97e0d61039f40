function f(            ) {}
function g(             ) {}
