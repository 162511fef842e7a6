/** What a successful login or refresh returns. */
export interface AuthTokens {
  readonly accessToken: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly refreshToken: string;
}

/** Who the bearer of a valid access token is. */
export interface AuthenticatedUser {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly { role: string; organisationId: string }[];
}

export const ACCESS_AUDIENCE = 'cxzy-api';
export const RATING_AUDIENCE = 'cxzy-public-rating';
