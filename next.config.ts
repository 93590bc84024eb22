import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { faultPagesEnabled, FAULT_PAGE_EXTENSION } from './lib/fault-pages';
import { OPENER_ISOLATED_PAGES, OPENER_ISOLATION, securityHeaders } from './lib/security-headers';

const isDev = process.env.NODE_ENV !== 'production';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The pages that fail on purpose exist only in the end-to-end tests' build (lib/fault-pages.ts).
  pageExtensions: faultPagesEnabled() ? ['tsx', 'ts', FAULT_PAGE_EXTENSION] : ['tsx', 'ts'],
  outputFileTracingIncludes: { '/**': ['.generated/**', 'migrations/**'] },
  // Never the local embedded database (traced through its default path), nor the image optimiser (images are unoptimised).
  outputFileTracingExcludes: { '/**': ['.data/**', 'node_modules/@img/**', 'node_modules/sharp/**'] },
  reactStrictMode: true,
  // Types are checked once, by `npm test`'s first step (tsc over the whole project, tests included).
  // The build checking them again cost 13-20 s of a 2,000-article build and repeated the check in CI.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // No source maps for the server's code: Turbopack writes them in production by default (webpack did
  // not), at 1-1.5 s of every build's compile. A server log's stack trace then names the compiled chunk.
  experimental: { globalNotFound: true, turbopackSourceMaps: false },
  // PGlite loads its WebAssembly and data files from its own package folder, so it is not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders({ development: isDev }) },
      { source: OPENER_ISOLATED_PAGES, headers: [OPENER_ISOLATION] },
      // The browser index's shards are named by their content (scripts/content.ts): a new build makes new names.
      { source: '/search/:locale/:shard', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

/**
 * The build also writes a server folder that runs from anywhere (.next/standalone; scripts/standalone.ts
 * adds our door and the files Next does not copy): the compiled content, the server's search indexes
 * and the migrations are read at run time, so they are traced in by hand. Only the build is told so:
 * our server (npm start) reads this file too, and Next then warned, wrongly, that it "does not work".
 */
export default function config(phase: string): NextConfig {
  return phase === PHASE_PRODUCTION_BUILD ? { ...nextConfig, output: 'standalone' } : nextConfig;
}
