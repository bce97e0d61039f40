import x = require('x');
