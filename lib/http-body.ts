/** Reading request bodies with a hard size limit, shared by every route that takes one. */

/**
 * The body of `request` as text, or null when it is larger than `maxBytes`: refused by its declared
 * Content-Length before reading, or by counting while reading (a chunked body declares none), so an
 * oversized body is never held in memory.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return null;
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    // The client went away mid-body: what arrived is no whole JSON document, so it reads as none (no one waits for the answer).
    return '';
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // Invalid UTF-8 becomes U+FFFD (never fewer bytes than it replaces), and a leading BOM is dropped.
  return new TextDecoder().decode(bytes);
}
