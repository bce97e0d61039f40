x
  
enum E { A }
  
y
