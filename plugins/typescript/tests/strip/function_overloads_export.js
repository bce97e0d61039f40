                                     
export function f(a     ) { return a }
                                  
