/**
 * Filling in and choosing message strings. Kept apart from ./messages, which imports every locale's
 * strings file: a client component that formats a message it was handed must not ship them all.
 */

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it is noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form (`one`, `other`, ...) the locale's rules ask for. */
export function plural(
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  locale: string,
  count: number,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = forms[rules.select(count)] ?? forms.other;
  return interpolate(form, { ...values, count: count.toLocaleString(locale) });
}
