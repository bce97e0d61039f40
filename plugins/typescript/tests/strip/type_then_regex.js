foo()
;         
/x/.test(s)
