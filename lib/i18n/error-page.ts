/**
 * What a reader sees when a page fails to render, in every locale. Kept apart from the message files
 * on purpose: the error boundary is part of every page's script, and must not carry whole message
 * files to every reader. tests/unit/i18n.test.ts checks that every locale with messages has these.
 */
export interface ErrorPageStrings {
  title: string;
  body: string;
  retry: string;
  home: string;
  reference: string;
}

export const ERROR_PAGE: Readonly<Record<string, ErrorPageStrings>> = {
  en: {
    title: 'Something went wrong on our side',
    body: 'This page could not be shown. Nothing you did caused it, and your account is not affected. Try again, or go back to the help center.',
    retry: 'Try again',
    home: 'Back to the help center',
    reference: 'Reference for support:',
  },
  zh: {
    title: '我们这边出了点问题',
    body: '此页面暂时无法显示。这不是您的操作造成的，您的账户也不受影响。请重试，或返回帮助中心。',
    retry: '重试',
    home: '返回帮助中心',
    reference: '可提供给客服的编号：',
  },
};

/** The strings for a locale taken from a URL path (/zh/…), English when the path names none. */
export function errorPageFor(pathnameOrLocale: string | undefined): { locale: string; strings: ErrorPageStrings } {
  const candidate = (pathnameOrLocale ?? '').split('/').find(Boolean) ?? '';
  const locale = candidate in ERROR_PAGE ? candidate : 'en';
  return { locale, strings: ERROR_PAGE[locale]! };
}
