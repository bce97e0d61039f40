let fn = function    (               x   ) {}
