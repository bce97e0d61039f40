export {};
                
                                
 
