const o = {
  get x(       )         { return 1 },
  set x(         v        ) {},
};
