namespace V { export const a = 1 }
