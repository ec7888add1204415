const isDev = process.env.NODE_ENV === "development";

/**
 * The strictest policy Next allows without a nonce (docs/architecture.md, "Page headers"):
 * Next's App Router streams its payload in inline <script> tags, so scripts need
 * 'unsafe-inline' unless every page is rendered per request with a nonce. Styles need it for
 * the style attributes React renders (Recharts and the presence colours). 'self' in
 * connect-src also covers ws:/wss: to the same host (CSP3; Chromium 71+, Firefox, Safari 16+),
 * which is the collaboration socket; the host is not known when this file is read at build
 * time. Development adds 'unsafe-eval', which React uses there for its error overlays.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: {
    // Yjs's lib0 names Node's Buffer in base64 helpers it calls only under Node; Next answers
    // that name in the browser with a 22 KB Buffer polyfill, which the workspace page would
    // download before its matrix. The stand-in keeps it out (docs/performance.md, page JS).
    resolveAlias: { "next/dist/compiled/buffer": { browser: "./lib/client/no-node-buffer.ts" } },
  },
  // The custom server (server/main.ts) hijacks replies for Next, so Fastify hooks never see
  // page responses: page headers have to be set here.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Links carry their token in the fragment, which browsers never send; this also keeps
          // the path of a workspace (its id) out of other sites' logs.
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
