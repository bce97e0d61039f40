namespace N { export namespace M { export type A = 1 } }
