export * from "./schema";
export * from "./read";
export * from "./write";
export * from "./template";
export * from "./migrations";
export * from "./awareness";
export { cellKey } from "./roots";
