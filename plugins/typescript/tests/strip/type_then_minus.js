foo()
;         
-1
