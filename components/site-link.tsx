'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * next/link that prefetches a page when the reader reaches for its link (pointer over it, keyboard
 * focus, a finger down), not as soon as the link scrolls into view. Next's default fetched four to
 * eight pages' payloads on every page load, most never opened, and parsing them was a third of the
 * main-thread work Lighthouse counted on a phone. `prefetch={false}` still means never.
 */
export function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const url = prefetch !== false && typeof href === 'string' && href.startsWith('/') ? href : null;
  const prefetchNow = () => {
    if (url) router.prefetch(url);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetchNow();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetchNow();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetchNow();
        onTouchStart?.(event);
      }}
      {...props}
    />
  );
}
