/**
 * `npm run -s search -- [--locale zh] [--category c] [--limit n] [--json] "query"` searches the built
 * index. With --json it prints exactly what GET /api/search answers; errors go to stderr (exit 2).
 */
import { type SearchResponse, searchApi } from '../lib/search/api';
import { searchApiContext } from '../lib/search/source';

// Piped into `head`, the reader may stop reading early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
const params = new URLSearchParams();
let json = false;
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const option = /^--(locale|category|limit)$/.exec(arg)?.[1];
  if (arg === '--json') json = true;
  else if (option && args[i + 1] !== undefined) params.set(option, args[++i]!);
  else if (arg === '--help' || arg === '-h') usage(0);
  else if (arg.startsWith('--')) usage(2);
  else words.push(arg);
}
params.set('q', words.join(' '));

const { status, body } = searchApi(params, searchApiContext());

if (json) console.log(JSON.stringify(body, null, 2));
if ('error' in body) {
  if (!json) console.error(`search: ${body.error.message}`);
  process.exit(status === 400 ? 2 : 1);
}
if (!json) printResults(body);

function printResults(response: SearchResponse) {
  const plain = (html: string) =>
    html.replace(/<\/?mark>/g, '*').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const note = response.correctedQuery ? ` (showing results for "${response.correctedQuery}")` : '';
  console.log(`${response.total} result${response.total === 1 ? '' : 's'} for "${response.query}" in ${response.locale}${note}`);
  response.results.forEach((result, index) => {
    console.log(`\n${index + 1}. ${result.title}  [${result.category}]\n   ${result.url}\n   ${plain(result.snippet)}`);
  });
}

function usage(code: number): never {
  console.error('usage: npm run -s search -- [--locale zh] [--category slug] [--limit n] [--json] "query"');
  process.exit(code);
}
