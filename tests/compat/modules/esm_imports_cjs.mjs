import math from './fixtures/math.js';
import { add } from './fixtures/math.js';
import data from './fixtures/pkg/use.js';
import { result } from './fixtures/pkg/use.mjs';
import { fromTypeModule } from './fixtures/esmpkg/mod.js';
console.log(math.add(1, 1), add(2, 2), data.util, result, fromTypeModule);
