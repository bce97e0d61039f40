console.log("never printed");
enum Uncaught { A }
