import type A = require("a");
(foo)
