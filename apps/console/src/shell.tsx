import { Breadcrumb, Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ConsoleLink } from './components/console-link';
import { TodoBadge } from './components/todo-badge';
import type { ConsoleRoute } from './console-routes';
import { useI18n } from './i18n/i18n';
import { menuOf } from './menus';
import { useRouter } from './router';
import { homeOf, useSession } from './session';

function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <Button
      type="text"
      onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
      aria-label={t('languageSwitch')}
      lang={language === 'en' ? 'zh-CN' : 'en'}
      style={{ color: 'inherit' }}
    >
      {t('language')}
    </Button>
  );
}

/** 首页 › the list page › this page, each but the last a link. */
function Breadcrumbs({ trail }: { trail: readonly { path: string; title: string }[] }) {
  const { t } = useI18n();
  const { user } = useSession();
  const home = { path: user ? homeOf(user) : '/', title: t('home') };
  const items = [home, ...trail.filter((step, i) => i > 0 || step.path !== home.path)];
  return (
    <nav aria-label={t('breadcrumb')} style={{ marginBottom: 16 }}>
      <Breadcrumb
        items={items.map((item, i) => ({
          key: item.path,
          title: i < items.length - 1 ? <ConsoleLink to={item.path}>{item.title}</ConsoleLink> : item.title,
        }))}
      />
    </nav>
  );
}

/** The path of `pattern` with the current page's parameters filled in. */
const fill = (pattern: string, params: Record<string, string>) =>
  pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

export interface ShellPage {
  readonly route: ConsoleRoute | null;
  readonly parent: ConsoleRoute | null;
  readonly params: Record<string, string>;
}

/**
 * The signed-in frame: the title, who they are, language and log out above; the menu of the
 * user's role at the side (every entry visible at 1280 px, each a real link); breadcrumbs above
 * the page.
 */
export function Shell({ page, children }: { page: ShellPage; children: ReactNode }) {
  const { t } = useI18n();
  const { user, logOut } = useSession();
  const { path, navigate } = useRouter();
  const menu = menuOf(user);
  const selected = menu.filter((m) => path.startsWith(m.path)).map((m) => m.path);
  const trail = [page.parent, page.route]
    .filter((r): r is ConsoleRoute => r !== null)
    .map((r) => ({ path: fill(r.pattern, page.params), title: t(r.title) }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, color: '#fff', paddingInline: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap', flex: 1 }}>
          {t('appTitle')}
        </Typography.Text>
        <Space wrap>
          {/* The login name as typed (GET /auth/me has no display name); the e2e text scan skips it. */}
          <span>
            {t('loggedInAs')}: <span data-scan-ignore>{user?.username}</span>
          </span>
          <LanguageSwitch />
          <Button
            onClick={async () => {
              await logOut();
              navigate('/login');
            }}
          >
            {t('logOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout hasSider>
        <Layout.Sider width={176} breakpoint="md" collapsedWidth={0} theme="dark">
          <nav aria-label={t('mainMenu')}>
            <Menu
              theme="dark"
              mode="inline"
              selectedKeys={selected}
              // A click beside the entry's link (its padding) navigates too; the link stops its own.
              onClick={({ key }) => navigate(key)}
              items={menu.map((m) => ({
                key: m.path,
                label: (
                  <ConsoleLink to={m.path}>
                    {m.path === '/tasks' ? <TodoBadge label={t(m.label)} /> : t(m.label)}
                  </ConsoleLink>
                ),
              }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          {trail.length > 0 && <Breadcrumbs trail={trail} />}
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
