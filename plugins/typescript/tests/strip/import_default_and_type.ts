import def, { type A, b } from "./m";
