import { Button, Result, Spin } from 'antd';
import { Suspense, useEffect, type ReactNode } from 'react';
import { CommendationNoticePage, RatingPage, ROUTES, ServiceBoardPage, type ConsoleRoute } from './console-routes';
import { useI18n } from './i18n/i18n';
import { consoleRolesOf } from './menus';
import { LoginPage } from './pages/login-page';
import { matchPath, useRouter } from './router';
import { homeOf, useSession } from './session';
import { Shell } from './shell';

function NotFound() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  return (
    <Result status="404" title={t('notFound')} extra={<Button onClick={() => navigate('/')}>{t('backHome')}</Button>} />
  );
}

/** A page of another role: why, and the way home — no retry, asking again changes nothing. */
function Forbidden() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  return (
    <Result
      status="403"
      title={t('forbiddenTitle')}
      subTitle={t('forbiddenDetail')}
      extra={<Button onClick={() => navigate('/')}>{t('backHome')}</Button>}
    />
  );
}

function Loading() {
  const { t } = useI18n();
  return <Spin tip={t('loading')} style={{ display: 'block', padding: 48 }} />;
}

const lazily = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

function routeOf(path: string): { route: ConsoleRoute; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

/** Which page a path shows; pages that need a user send a visitor to the login page. */
export function Pages() {
  const { path, navigate } = useRouter();
  const { user } = useSession();
  const rating = matchPath('/public/pledges/:pledgeId/rate', path);
  const publicBoard = matchPath('/public/organisations/:organisationId/board', path);
  const notice = matchPath('/public/commendations/:roundId/notice', path);
  const needsLogin = !rating && !publicBoard && !notice && !user && path !== '/login';
  useEffect(() => {
    if (needsLogin) navigate('/login');
    else if (user && (path === '/' || path === '/login')) navigate(homeOf(user));
  }, [needsLogin, user, path, navigate]);

  if (rating) return lazily(<RatingPage pledgeId={rating.pledgeId!} />);
  if (publicBoard) return lazily(<ServiceBoardPage organisationId={publicBoard.organisationId!} />);
  if (notice) return lazily(<CommendationNoticePage roundId={notice.roundId!} />);
  if (!user) return <LoginPage />;
  const found = routeOf(path);
  const parent = found?.route.parent ? (ROUTES.find((r) => r.pattern === found.route.parent) ?? null) : null;
  const roles = consoleRolesOf(user);
  let page: ReactNode;
  if (found) {
    const allowed = !found.route.roles || found.route.roles.some((role) => roles.has(role));
    page = allowed ? lazily(found.route.render(found.params)) : <Forbidden />;
  } else if (path === '/' || path === '/login') page = null;
  else page = <NotFound />;
  return <Shell page={{ route: found?.route ?? null, parent, params: found?.params ?? {} }}>{page}</Shell>;
}
