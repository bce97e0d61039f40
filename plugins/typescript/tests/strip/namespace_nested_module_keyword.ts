namespace N { module M { export type A = 1 } }
