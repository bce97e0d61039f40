const f =     (x   )    => x;
const g = async    (x   )             => x;
