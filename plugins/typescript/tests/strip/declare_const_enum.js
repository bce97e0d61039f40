                          
let x
