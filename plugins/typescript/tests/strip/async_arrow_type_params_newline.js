const f = async (
    
  v   )             => v;
