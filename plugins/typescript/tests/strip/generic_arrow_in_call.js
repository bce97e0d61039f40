run(   (x   ) => x, async    (y   ) => y);
