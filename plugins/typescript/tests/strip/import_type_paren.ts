import type { A } from './a'
(foo)
