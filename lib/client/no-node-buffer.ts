/**
 * Stands in for Node's `buffer` in the browser build (next.config.js). lib0 names `Buffer` in
 * its Node-only base64 helpers, which it never calls in a browser, and the bundler would
 * otherwise ship a 22 KB Buffer polyfill with the live document's code on the workspace page.
 */
export const Buffer = undefined;
