foo()
interface I {}
+1
