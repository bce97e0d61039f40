let e = a   
   
