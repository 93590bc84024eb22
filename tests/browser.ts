import { execFileSync } from 'node:child_process';
import type { LaunchOptions } from '@playwright/test';

/** Debian's chromium when it is installed (CI and these machines); Playwright's own browser elsewhere. */
export function systemChromium(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

/**
 * Headless Chromium as root on a machine whose only network is loopback: no sandbox, and none of
 * the background connections that would fail at every start.
 */
export const launchOptions: LaunchOptions = {
  executablePath: systemChromium(),
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
};
