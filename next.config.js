/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The custom server (server/main.ts) hijacks replies for Next, so Fastify hooks never see
  // page responses: page headers have to be set here.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Links carry their token in the fragment, which browsers never send; this keeps
          // even the path of a workspace out of other sites' logs.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
