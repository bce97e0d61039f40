return_ = () => {
  return <T>
    (v: T) => v;
}
