let t           = x;
let k         ;
