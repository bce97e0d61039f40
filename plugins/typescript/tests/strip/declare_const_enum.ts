declare const enum E { A }
let x
