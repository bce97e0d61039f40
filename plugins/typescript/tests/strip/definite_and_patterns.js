let a         ;
let [b, c]                   = [1, ''];
let { d }                = { d: 1 };
