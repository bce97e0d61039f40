let a      ﻿  = "é";
function f(x        ﻿          )       {}
