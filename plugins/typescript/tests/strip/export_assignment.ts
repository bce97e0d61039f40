export = 1;
