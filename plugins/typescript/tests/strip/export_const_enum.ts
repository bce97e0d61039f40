export const enum E { A }
