let a = <string>b;
