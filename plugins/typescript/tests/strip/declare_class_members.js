                 
            
            
 
let ok = 1
