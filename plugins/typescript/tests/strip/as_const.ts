let v = x as const;
let w = <const>['a'];
