class A
  extends B
  implements
    C,
    D<E> {}
