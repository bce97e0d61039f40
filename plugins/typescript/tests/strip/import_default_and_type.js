import def, {         b } from "./m";
