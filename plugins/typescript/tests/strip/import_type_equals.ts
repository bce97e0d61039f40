import type y = require('y');
