let x = 1;
enum E { A }
let y;
