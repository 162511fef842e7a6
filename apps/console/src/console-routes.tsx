import { lazy, type ComponentType, type ReactNode } from 'react';
import type { MessageKey } from './i18n/messages';

/**
 * One chunk per page (React.lazy): the first load carries the frame and the page opened, not the
 * other thirty pages and the antd components only they use.
 */
function page<P extends object>(load: () => Promise<Record<string, unknown>>, name: string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

const OrganisationsPage = page(() => import('./pages/organisations-page'), 'OrganisationsPage');
const DefinitionsPage = page(() => import('./pages/definitions-page'), 'DefinitionsPage');
const RoundsPage = page(() => import('./pages/rounds-page'), 'RoundsPage');
const RoundDashboardPage = page<{ roundId: string }>(
  () => import('./pages/round-dashboard-page'),
  'RoundDashboardPage',
);
const InboxPage = page(() => import('./pages/inbox-page'), 'InboxPage');
const TasksPage = page(() => import('./pages/tasks-page'), 'TasksPage');
const CalendarPage = page(() => import('./pages/calendar-page'), 'CalendarPage');
const ApprovalsPage = page(() => import('./pages/approvals-page'), 'ApprovalsPage');
const SupervisionPage = page(() => import('./pages/supervision-page'), 'SupervisionPage');
const ClassificationPage = page<{ roundId: string }>(() => import('./pages/classification-page'), 'ClassificationPage');
const RectificationPage = page<{ roundId: string; orgId: string }>(
  () => import('./pages/rectification-page'),
  'RectificationPage',
);
const BranchRoundPage = page<{ roundId: string; orgId: string }>(
  () => import('./pages/branch-round-page'),
  'BranchRoundPage',
);
const PledgesPage = page(() => import('./pages/pledges-page'), 'PledgesPage');
const PledgeLedgerPage = page(() => import('./pages/pledge-ledger-page'), 'PledgeLedgerPage');
const PledgeBoardPage = page(() => import('./pages/pledge-board-page'), 'PledgeBoardPage');
const PledgePage = page<{ pledgeId: string }>(() => import('./pages/pledge-page'), 'PledgePage');
const ServiceBoardEditPage = page(() => import('./pages/service-board-edit-page'), 'ServiceBoardEditPage');
const CommendationsPage = page(() => import('./pages/commendations/commendations-page'), 'CommendationsPage');
const CommendationRoundPage = page<{ roundId: string }>(
  () => import('./pages/commendations/commendation-round-page'),
  'CommendationRoundPage',
);
const CampaignsPage = page(() => import('./pages/campaigns/campaigns-page'), 'CampaignsPage');
const CampaignPage = page<{ campaignId: string }>(() => import('./pages/campaigns/campaign-page'), 'CampaignPage');

/** The public pages (no login, outside /console). */
export const RatingPage = page<{ pledgeId: string }>(() => import('./pages/rating-page'), 'RatingPage');
export const ServiceBoardPage = page<{ organisationId: string }>(
  () => import('./pages/service-board-page'),
  'ServiceBoardPage',
);
export const CommendationNoticePage = page<{ roundId: string }>(
  () => import('./pages/commendation-notice-page'),
  'CommendationNoticePage',
);

export type Role = 'administrator' | 'supervisor' | 'branch-secretary' | 'member';

export interface ConsoleRoute {
  readonly pattern: string;
  /** The page's name in the breadcrumbs. */
  readonly title: MessageKey;
  /** Who may open it; every signed-in user when absent. A member is anyone without a stronger role. */
  readonly roles?: readonly Role[];
  /** The list page the breadcrumbs show before this one. */
  readonly parent?: string;
  render(params: Record<string, string>): ReactNode;
}

const STAFF: Role[] = ['administrator', 'supervisor', 'branch-secretary'];

/** Every signed-in page; the more specific pattern first (a branch's rectification before the branch). */
export const ROUTES: readonly ConsoleRoute[] = [
  {
    pattern: '/admin/organisations',
    title: 'navOrganisations',
    roles: ['administrator'],
    render: () => <OrganisationsPage />,
  },
  {
    pattern: '/admin/definitions',
    title: 'navDefinitions',
    roles: ['administrator'],
    render: () => <DefinitionsPage />,
  },
  { pattern: '/admin/rounds', title: 'navRounds', roles: ['administrator'], render: () => <RoundsPage /> },
  {
    pattern: '/admin/rounds/:roundId',
    title: 'pageRoundDashboard',
    roles: ['administrator'],
    parent: '/admin/rounds',
    render: (p) => <RoundDashboardPage roundId={p.roundId!} />,
  },
  { pattern: '/admin/calendar', title: 'navCalendar', roles: ['administrator'], render: () => <CalendarPage /> },
  { pattern: '/inbox', title: 'navInbox', render: () => <InboxPage /> },
  { pattern: '/tasks', title: 'navTasks', render: () => <TasksPage /> },
  { pattern: '/approvals', title: 'navApprovals', roles: STAFF, render: () => <ApprovalsPage /> },
  { pattern: '/supervision', title: 'navSupervision', roles: ['supervisor'], render: () => <SupervisionPage /> },
  {
    pattern: '/grading-rounds/:roundId/classification',
    title: 'pageClassification',
    roles: ['supervisor', 'administrator'],
    parent: '/supervision',
    render: (p) => <ClassificationPage roundId={p.roundId!} />,
  },
  {
    pattern: '/grading-rounds/:roundId/branches/:orgId/rectification',
    title: 'pageRectification',
    roles: STAFF,
    parent: '/grading-rounds/:roundId/branches/:orgId',
    render: (p) => <RectificationPage roundId={p.roundId!} orgId={p.orgId!} />,
  },
  {
    pattern: '/grading-rounds/:roundId/branches/:orgId',
    title: 'pageBranchRound',
    roles: STAFF,
    render: (p) => <BranchRoundPage roundId={p.roundId!} orgId={p.orgId!} />,
  },
  { pattern: '/pledges', title: 'navPledges', render: () => <PledgesPage /> },
  {
    pattern: '/pledge-ledger',
    title: 'navPledgeLedger',
    roles: ['branch-secretary', 'supervisor'],
    render: () => <PledgeLedgerPage />,
  },
  { pattern: '/pledge-board', title: 'navPledgeBoard', render: () => <PledgeBoardPage /> },
  {
    pattern: '/pledges/:pledgeId',
    title: 'pagePledge',
    parent: '/pledges',
    render: (p) => <PledgePage pledgeId={p.pledgeId!} />,
  },
  {
    pattern: '/service-board',
    title: 'navServiceBoard',
    roles: ['branch-secretary', 'administrator'],
    render: () => <ServiceBoardEditPage />,
  },
  { pattern: '/commendations', title: 'navCommendations', render: () => <CommendationsPage /> },
  {
    pattern: '/commendations/:roundId',
    title: 'pageCommendation',
    parent: '/commendations',
    render: (p) => <CommendationRoundPage roundId={p.roundId!} />,
  },
  { pattern: '/campaigns', title: 'navCampaigns', render: () => <CampaignsPage /> },
  {
    pattern: '/campaigns/:campaignId',
    title: 'pageCampaign',
    parent: '/campaigns',
    render: (p) => <CampaignPage campaignId={p.campaignId!} />,
  },
];
