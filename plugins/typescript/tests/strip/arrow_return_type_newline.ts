let ff = ()
  : any =>
  1;
