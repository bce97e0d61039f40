const o = {
  get x(this: O): number { return 1 },
  set x(this: O, v: number) {},
};
