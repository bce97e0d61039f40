class A
  extends B
            
      
         {}
