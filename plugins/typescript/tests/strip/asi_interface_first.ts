interface I {}
[1]
