let v = x         ;
let w = <const>['a'];
