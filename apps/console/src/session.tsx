import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, requestSettings, unwrap, type Schemas } from './api/client';

export type CurrentUser = Schemas['AuthenticatedUserDto'];

interface Session {
  readonly user: CurrentUser | null;
  /** Set when the API refused the token: the login page says why. */
  readonly expired: boolean;
  logIn(username: string, password: string): Promise<CurrentUser>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
const STORAGE_KEY = 'cxzy.session';

interface Stored {
  accessToken: string;
  refreshToken: string;
  user: CurrentUser;
}

const load = (): Stored | null => {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
  } catch {
    return null;
  }
};

/** The logged-in user: tokens from POST /auth/login (kept per browser tab), who they are from GET /auth/me. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Stored | null>(load);
  const [expired, setExpired] = useState(false);
  requestSettings.accessToken = stored?.accessToken ?? null;

  const end = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    requestSettings.accessToken = null;
    setStored(null);
  }, []);

  useEffect(() => {
    requestSettings.onUnauthorised = () => {
      end();
      setExpired(true);
    };
  }, [end]);

  useEffect(() => {
    requestSettings.renew = async () => {
      const current = load();
      if (!current) return false;
      const result = await api.POST('/auth/refresh', { body: { refreshToken: current.refreshToken } });
      if (!result.data) return false;
      const next = { ...current, accessToken: result.data.accessToken, refreshToken: result.data.refreshToken };
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      requestSettings.accessToken = next.accessToken;
      setStored(next);
      return true;
    };
  }, []);

  const logIn = async (username: string, password: string) => {
    const tokens = unwrap(await api.POST('/auth/login', { body: { username, password } }));
    requestSettings.accessToken = tokens.accessToken;
    const user = unwrap(await api.GET('/auth/me'));
    const next = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setExpired(false);
    setStored(next);
    return user;
  };

  const logOut = async () => {
    if (stored) await api.POST('/auth/logout', { body: { refreshToken: stored.refreshToken } }).catch(() => undefined);
    end();
  };

  return (
    <SessionContext.Provider value={{ user: stored?.user ?? null, expired, logIn, logOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The page a user lands on after logging in: 我的待办, whatever their role (ADR 0027). */
export function homeOf(_user: CurrentUser): string {
  return '/tasks';
}
