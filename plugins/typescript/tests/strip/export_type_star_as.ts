export type * as ns from "./x";
export * from "./y";
