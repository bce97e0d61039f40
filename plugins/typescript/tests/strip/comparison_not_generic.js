let q = a < b > c;
