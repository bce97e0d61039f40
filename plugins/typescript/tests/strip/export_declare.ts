export declare const x: number;
export type T = 1;
export interface I {}
