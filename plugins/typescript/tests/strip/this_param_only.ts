function f(this: Window) {}
function g(this: Window,) {}
