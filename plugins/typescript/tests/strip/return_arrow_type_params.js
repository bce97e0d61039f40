return_ = () => {
  return (  
     v   ) => v;
}
