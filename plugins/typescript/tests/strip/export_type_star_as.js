                               
export * from "./y";
