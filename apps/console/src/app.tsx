import { Button, ConfigProvider, Layout, Menu, Result, Space, Typography } from 'antd';
// The ES module builds: the CommonJS 'antd/locale/*' entry reached the bundle as { default } and the
// components fell back to English ("No data", "Select date") in the zh-CN console.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, type ReactNode } from 'react';
import { TodoBadge } from './components/todo-badge';
import { useI18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { ApprovalsPage } from './pages/approvals-page';
import { BranchRoundPage } from './pages/branch-round-page';
import { CalendarPage } from './pages/calendar-page';
import { ClassificationPage } from './pages/classification-page';
import { DefinitionsPage } from './pages/definitions-page';
import { InboxPage } from './pages/inbox-page';
import { LoginPage } from './pages/login-page';
import { OrganisationsPage } from './pages/organisations-page';
import { PledgeBoardPage } from './pages/pledge-board-page';
import { PledgeLedgerPage } from './pages/pledge-ledger-page';
import { PledgePage } from './pages/pledge-page';
import { PledgesPage } from './pages/pledges-page';
import { RatingPage } from './pages/rating-page';
import { RectificationPage } from './pages/rectification-page';
import { TasksPage } from './pages/tasks-page';
import { RoundDashboardPage } from './pages/round-dashboard-page';
import { RoundsPage } from './pages/rounds-page';
import { ServiceBoardEditPage } from './pages/service-board-edit-page';
import { ServiceBoardPage } from './pages/service-board-page';
import { CommendationNoticePage } from './pages/commendation-notice-page';
import { CampaignPage } from './pages/campaigns/campaign-page';
import { CampaignsPage } from './pages/campaigns/campaigns-page';
import { CommendationRoundPage } from './pages/commendations/commendation-round-page';
import { CommendationsPage } from './pages/commendations/commendations-page';
import { SupervisionPage } from './pages/supervision-page';
import { matchPath, useRouter } from './router';
import { homeOf, useSession } from './session';

const ADMIN_MENU: { path: string; label: MessageKey }[] = [
  { path: '/tasks', label: 'navTasks' },
  { path: '/admin/organisations', label: 'navOrganisations' },
  { path: '/admin/definitions', label: 'navDefinitions' },
  { path: '/admin/rounds', label: 'navRounds' },
  { path: '/admin/calendar', label: 'navCalendar' },
  { path: '/approvals', label: 'navApprovals' },
  { path: '/service-board', label: 'navServiceBoard' },
  { path: '/commendations', label: 'navCommendations' },
  { path: '/campaigns', label: 'navCampaigns' },
  { path: '/inbox', label: 'navInbox' },
];
type MenuEntry = { path: string; label: MessageKey };
const SUPERVISOR_MENU: MenuEntry[] = [
  { path: '/inbox', label: 'navInbox' },
  { path: '/tasks', label: 'navTasks' },
  { path: '/approvals', label: 'navApprovals' },
  { path: '/supervision', label: 'navSupervision' },
  { path: '/pledges', label: 'navPledges' },
  { path: '/commendations', label: 'navCommendations' },
  { path: '/campaigns', label: 'navCampaigns' },
];
const BRANCH_MENU: MenuEntry[] = [
  { path: '/inbox', label: 'navInbox' },
  { path: '/tasks', label: 'navTasks' },
  { path: '/approvals', label: 'navApprovals' },
  { path: '/pledges', label: 'navPledges' },
  { path: '/pledge-ledger', label: 'navPledgeLedger' },
  { path: '/pledge-board', label: 'navPledgeBoard' },
  { path: '/service-board', label: 'navServiceBoard' },
  { path: '/commendations', label: 'navCommendations' },
  { path: '/campaigns', label: 'navCampaigns' },
];
const MEMBER_MENU: MenuEntry[] = [
  { path: '/inbox', label: 'navInbox' },
  { path: '/tasks', label: 'navTasks' },
  { path: '/pledges', label: 'navPledges' },
  { path: '/pledge-board', label: 'navPledgeBoard' },
  { path: '/commendations', label: 'navCommendations' },
  { path: '/campaigns', label: 'navCampaigns' },
];

// The security and audit administrators (三员分立, ADR 0023) work through the API's users and
// audit-records routes, which have no console pages yet: 我的待办 and the inbox only.
const DUTY_MENU: MenuEntry[] = [
  { path: '/tasks', label: 'navTasks' },
  { path: '/inbox', label: 'navInbox' },
];

/** The menu of the user's strongest role. */
function menuOf(roles: Set<string>): MenuEntry[] {
  if (roles.has('administrator')) return ADMIN_MENU;
  if (roles.has('security-administrator') || roles.has('audit-administrator')) return DUTY_MENU;
  if (roles.has('supervisor')) return SUPERVISOR_MENU;
  if (roles.has('branch-secretary')) return BRANCH_MENU;
  return MEMBER_MENU;
}

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

/** The signed-in frame: the menu of the user's role, who they are, language, log out. */
function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user, logOut } = useSession();
  const { path, navigate } = useRouter();
  const menu = menuOf(new Set(user?.roles.map((r) => r.role)));
  const selected = menu.filter((m) => path.startsWith(m.path)).map((m) => m.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, color: '#fff', flexWrap: 'wrap' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('appTitle')}
        </Typography.Text>
        <nav aria-label={t('appTitle')} style={{ flex: 1, minWidth: 0 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            selectedKeys={selected}
            items={menu.map((m) => ({
              key: m.path,
              label: m.path === '/tasks' ? <TodoBadge label={t(m.label)} /> : t(m.label),
            }))}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
        <Space>
          <span>
            {t('loggedInAs')}: {user?.username}
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
      <Layout.Content style={{ padding: 24 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}

function NotFound() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  return (
    <Result status="404" title={t('notFound')} extra={<Button onClick={() => navigate('/')}>{t('backHome')}</Button>} />
  );
}

/** Which page a path shows; pages that need a user send a visitor to the login page. */
function Pages() {
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

  if (rating) return <RatingPage pledgeId={rating.pledgeId!} />;
  if (publicBoard) return <ServiceBoardPage organisationId={publicBoard.organisationId!} />;
  if (notice) return <CommendationNoticePage roundId={notice.roundId!} />;
  if (!user) return <LoginPage />;
  const round = matchPath('/admin/rounds/:roundId', path);
  const branchRound = matchPath('/grading-rounds/:roundId/branches/:orgId', path);
  const rectification = matchPath('/grading-rounds/:roundId/branches/:orgId/rectification', path);
  const classification = matchPath('/grading-rounds/:roundId/classification', path);
  const pledge = matchPath('/pledges/:pledgeId', path);
  const commendation = matchPath('/commendations/:roundId', path);
  const campaign = matchPath('/campaigns/:campaignId', path);
  let page: ReactNode;
  if (path === '/admin/organisations') page = <OrganisationsPage />;
  else if (path === '/admin/definitions') page = <DefinitionsPage />;
  else if (path === '/admin/rounds') page = <RoundsPage />;
  else if (path === '/admin/calendar') page = <CalendarPage />;
  else if (round) page = <RoundDashboardPage roundId={round.roundId!} />;
  else if (path === '/inbox') page = <InboxPage />;
  else if (path === '/tasks') page = <TasksPage />;
  else if (path === '/approvals') page = <ApprovalsPage />;
  else if (path === '/supervision') page = <SupervisionPage />;
  else if (classification) page = <ClassificationPage roundId={classification.roundId!} />;
  else if (rectification) page = <RectificationPage roundId={rectification.roundId!} orgId={rectification.orgId!} />;
  else if (branchRound) page = <BranchRoundPage roundId={branchRound.roundId!} orgId={branchRound.orgId!} />;
  else if (path === '/pledges') page = <PledgesPage />;
  else if (path === '/pledge-ledger') page = <PledgeLedgerPage />;
  else if (path === '/pledge-board') page = <PledgeBoardPage />;
  else if (pledge) page = <PledgePage pledgeId={pledge.pledgeId!} />;
  else if (path === '/service-board') page = <ServiceBoardEditPage />;
  else if (path === '/commendations') page = <CommendationsPage />;
  else if (commendation) page = <CommendationRoundPage roundId={commendation.roundId!} />;
  else if (path === '/campaigns') page = <CampaignsPage />;
  else if (campaign) page = <CampaignPage campaignId={campaign.campaignId!} />;
  else if (path === '/' || path === '/login') page = null;
  else page = <NotFound />;
  return <Shell>{page}</Shell>;
}

export function App() {
  const { language, t } = useI18n();
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = language;
    document.title = t('appTitle');
  }, [language, t]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN}>
      <Pages />
    </ConfigProvider>
  );
}
