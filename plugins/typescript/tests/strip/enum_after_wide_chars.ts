let s = "é€😀"; enum E { A }
