import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-schema.generated';

export type Schemas = components['schemas'];
export type ApiError = Schemas['ErrorResponseBody'];

/** Where the current access token and UI language come from (set by the session and i18n providers). */
export const requestSettings = {
  accessToken: null as string | null,
  language: 'zh-CN' as 'zh-CN' | 'en',
  /** Called when the API says the token is no longer valid (401): the session ends. */
  onUnauthorised: () => {},
};

/** Every request carries the access token (the API takes the actor from it) and the language asked for. */
const authAndLanguage: Middleware = {
  onRequest({ request }) {
    if (requestSettings.accessToken) request.headers.set('Authorization', `Bearer ${requestSettings.accessToken}`);
    request.headers.set('Accept-Language', requestSettings.language);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && requestSettings.accessToken && !new URL(request.url).pathname.startsWith('/auth/'))
      requestSettings.onUnauthorised();
    return response;
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
