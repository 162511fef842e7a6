import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema.generated';

export type Schemas = components['schemas'];
export type ApiError = Schemas['ErrorResponseBody'];

/** Where the current access token and UI language come from (set by the session and i18n providers). */
export const requestSettings = {
  accessToken: null as string | null,
  language: 'zh-CN' as 'zh-CN' | 'en',
  /** Trades the refresh token for a new pair; false when the session cannot be renewed. */
  renew: async (): Promise<boolean> => false,
  /** Called when the API still says the token is not valid (401) after renewing: the session ends. */
  onUnauthorised: () => {},
};

/** One renewal at a time, shared by the requests that were refused together. */
let renewing: Promise<boolean> | null = null;
const renewOnce = () => {
  renewing ??= requestSettings.renew().finally(() => (renewing = null));
  return renewing;
};

/** Copies of the requests in flight, so one refused for an expired access token can be sent again. */
const retryable = new Map<string, Request>();

/**
 * Every request carries the access token (the API takes the actor from it) and the language asked
 * for. An access token lives minutes: on 401 the session is renewed once and the request re-sent.
 */
const authAndLanguage: Middleware = {
  onRequest({ request, id }) {
    if (requestSettings.accessToken) request.headers.set('Authorization', `Bearer ${requestSettings.accessToken}`);
    request.headers.set('Accept-Language', requestSettings.language);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id }) {
    const copy = retryable.get(id);
    retryable.delete(id);
    const isAuthCall = new URL(request.url).pathname.startsWith('/auth/');
    if (response.status !== 401 || !requestSettings.accessToken || isAuthCall) return response;
    if (copy && (await renewOnce())) {
      copy.headers.set('Authorization', `Bearer ${requestSettings.accessToken}`);
      const again = await fetch(copy);
      if (again.status !== 401) return again;
    }
    requestSettings.onUnauthorised();
    return response;
  },
  onError({ id }) {
    retryable.delete(id);
  },
};

/** The one client of the public API, typed from its OpenAPI document (same origin as the console). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(authAndLanguage);

/** A failed request as the console shows it: the API's error body, or a network failure. */
export class RequestFailed extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ApiError> | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
}

/** The data of a successful answer, or throws RequestFailed with the API's error body. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok)
    throw new RequestFailed(result.response.status, result.error as Partial<ApiError> | undefined);
  return result.data as T;
}
