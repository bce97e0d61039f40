let ff = ( 
      ) =>
  1;
