l1
enum E {
  A,
  A,
  A,
  A,
  A,
  A,
  A,
  A,
  A,
  A,
  A,
  A,
}
l4
