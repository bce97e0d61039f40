export {         B };
                             
                         
