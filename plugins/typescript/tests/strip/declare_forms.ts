declare function g(): void;
declare const c: number;
declare let d: string, e: number;
declare class K {}
declare enum E { A }
declare module 'm' {}
declare global {}
declare namespace N { }
