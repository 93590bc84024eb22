import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const isDev = process.env.NODE_ENV !== 'production';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  experimental: { globalNotFound: true },
  // PGlite loads its WebAssembly and data files from its own package folder, so it is not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ development: isDev }) }];
  },
};

export default nextConfig;
