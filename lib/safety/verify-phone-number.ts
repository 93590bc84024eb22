/**
 * Phone numbers compared as E.164: spaces, dashes, dots, slashes and parentheses dropped,
 * a leading international "00" read as "+". Numbers without a country code stay as typed
 * digits and never match a listed number: guessing a country would be guessing.
 */
export function normalizePhone(text: string): string | null {
  const compact = text.replace(/^tel:/i, '').replace(/[\s\-().\/]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return /^\+?\d{4,20}$/.test(international) ? international : null;
}
