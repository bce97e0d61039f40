const f = async <
  T,
>(v: T): Promise<T> => v;
