/**
 * The one error shape of every API route: `{"error":{"code","message"}}`, where `code` is stable
 * for programs and `message` is plain English for the person reading a log. Some errors add fields
 * (the support API names the field that held a secret). Framework-free: the lib/ APIs build
 * answers with it, and the routes and the server door turn them into responses.
 */
export interface ApiError {
  code: string;
  message: string;
}

export interface ApiErrorBody<Extra extends object = object> {
  error: ApiError & Extra;
}

/** An answer a pure API function returns: the status and the JSON body. */
export interface ErrorAnswer {
  status: number;
  body: ApiErrorBody;
}

export function apiError<Extra extends object = object>(code: string, message: string, extra?: Extra): ApiErrorBody<Extra> {
  return { error: { code, message, ...(extra ?? ({} as Extra)) } };
}

export function errorAnswer(status: number, code: string, message: string): ErrorAnswer {
  return { status, body: apiError(code, message) };
}

/** The same as a Response, never cached: an error is about this request only. */
export function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(apiError(code, message), { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
