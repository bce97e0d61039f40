let t                      ;
