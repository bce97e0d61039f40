export import A = B.C;
