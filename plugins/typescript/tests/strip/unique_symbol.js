                               
let w                                       ;
