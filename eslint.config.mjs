import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Modules that read the disk or the compiled content: server only. */
const SERVER_ONLY = ['node:*', 'fs', 'path', '@/lib/content/source', '@/lib/search/source', '@/lib/content/load', '@/lib/flows/compile'];

const config = [
  { ignores: ['.next/**', '.generated/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.tmp/**', '.data/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // lib/ is plain TypeScript on web standards, shared by pages, scripts, tests and the browser.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ never imports Next.js or React: framework glue lives in app/.' },
            { group: ['@/app/*', '@/components/*', '**/app/*', '**/components/*'], message: 'lib/ never imports app/ or components/: they call lib/, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    // Client components ship to the browser: nothing that reads the disk or the whole compiled content.
    files: ['components/instant-search.tsx', 'components/**/*.client.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: SERVER_ONLY, message: 'a client component cannot import a server-only module.' }] },
      ],
    },
  },
];

export default config;
