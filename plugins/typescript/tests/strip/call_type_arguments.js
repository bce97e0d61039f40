let a = f        (1);
let b = new Map                ();
let c = f        ;
