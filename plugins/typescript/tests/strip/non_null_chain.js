let u = a .b .c ;
let t = a  + b;
