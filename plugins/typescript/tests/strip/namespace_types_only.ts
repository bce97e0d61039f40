namespace Types { export type A = 1; export interface B {} }
