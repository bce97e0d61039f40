foo()
;             
+1
