const id =     (x   ) => x;
const id2 =                    (x   ) => x;
