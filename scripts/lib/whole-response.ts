/**
 * Holds back what a handler writes to a Node response until it ends, then hands the whole body to
 * `finish`, which may change the headers (they are not sent before) and the body. For small pages
 * only: nothing reaches the client until the handler is done.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export function holdResponse(response: ServerResponse, finish: (body: Buffer) => Buffer): void {
  const chunks: Buffer[] = [];
  const send = { writeHead: response.writeHead.bind(response), end: response.end.bind(response) };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
  const callbackOf = (...args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function');

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null);
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) response.setHeader(name, value);
    return response;
  }) as ServerResponse['writeHead'];
  response.flushHeaders = () => {};
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    callbackOf(encoding, callback)?.();
    return true;
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const body = finish(Buffer.concat(chunks));
    response.removeHeader('transfer-encoding');
    // A 304 has no body, and its Content-Length would describe the page the client already has.
    if (response.statusCode !== 304) response.setHeader('Content-Length', body.length);
    send.writeHead(response.statusCode);
    return send.end(body, callbackOf(chunk, encoding, callback));
  }) as ServerResponse['end'];
}
