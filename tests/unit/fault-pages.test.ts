import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAULT_PAGE_EXTENSION } from '../../lib/fault-pages';

/** next.config.ts reads HELP_FAULT_PAGES when it loads, so each case loads it afresh. */
async function pageExtensions(faultPages: string | undefined): Promise<string[] | undefined> {
  vi.resetModules();
  vi.stubEnv('HELP_FAULT_PAGES', faultPages);
  const { default: config } = await import('../../next.config');
  return config(PHASE_PRODUCTION_BUILD).pageExtensions;
}

afterEach(() => vi.unstubAllEnvs());

describe('the pages that fail on purpose', () => {
  it('are no route of an ordinary build', async () => {
    expect(await pageExtensions(undefined)).toEqual(['tsx', 'ts']);
    expect(await pageExtensions('0')).not.toContain(FAULT_PAGE_EXTENSION);
  });

  it('are routes of the tests’ build only', async () => {
    expect(await pageExtensions('1')).toContain(FAULT_PAGE_EXTENSION);
  });
});
