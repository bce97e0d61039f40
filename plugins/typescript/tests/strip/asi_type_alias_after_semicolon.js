foo();
          
(foo)
