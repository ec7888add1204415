export * from "./bodies";
export * from "./errors";
export * from "./close-codes";
export * from "./ids";
export * from "./roles";
export * from "./socket";
export * from "./exports";
export * from "./links";
