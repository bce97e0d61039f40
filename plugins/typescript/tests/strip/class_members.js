         class C    extends D                       {
          x         = 1;
            y         ;
         z         ;
           w = 2;
                    
  static s        ;
           o = 1;
                     
  m   (            a    , ...rest          )       {}
            
  n(a         )       {}
  get g()         { return 1 }
  set g(v        ) {}
                     
  ;       [computed] = 1;
  ;      *gen() {}
  ;       in = 1;
}
