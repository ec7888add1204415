export * from "./api";
export * from "./close-codes";
export * from "./ids";
export * from "./roles";
export * from "./socket";
