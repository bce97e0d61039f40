a
b
enum E { A }


c
