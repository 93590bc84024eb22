import { isKeptFlowStep } from '../flows/view';
import { articleOfPath, flowStepOfPath } from '../routes';
import type { Catalog } from './catalog';

/**
 * What a page address names in the catalog, for the routes that render their pages on first request
 * and keep them (articles, flow steps): `kept`, one of the catalog's own pages, the same for
 * everyone; `unknown`, an article or flow that does not exist (the 404, before anything renders,
 * so that nothing is kept for a made-up slug); `other`, any other address, including a flow step
 * off every path without repeats (rendered per request, never kept).
 */
export function catalogAddress(pathname: string, catalog: Pick<Catalog, 'article' | 'flow'>): 'kept' | 'unknown' | 'other' {
  const article = articleOfPath(pathname);
  if (article) return catalog.article(article.locale, article.slug) ? 'kept' : 'unknown';
  const step = flowStepOfPath(pathname);
  if (!step) return 'other';
  const flow = catalog.flow(step.locale, step.flow);
  if (!flow) return 'unknown';
  return isKeptFlowStep(flow, step.answers) ? 'kept' : 'other';
}
