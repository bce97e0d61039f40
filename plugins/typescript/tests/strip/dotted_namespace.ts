namespace N.M { export const a = 1 }
