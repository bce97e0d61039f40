x = 1
enum E { A }
enum F { B }
