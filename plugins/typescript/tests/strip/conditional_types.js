                                                                    
let v       = "n";
