a?.b        (1);
new C        ;
