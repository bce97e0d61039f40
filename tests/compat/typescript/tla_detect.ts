// Top-level await alone makes a .ts with no "type" an ES module.
const value: number = await Promise.resolve(41);
console.log(value + 1, typeof require);
