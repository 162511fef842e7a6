import type { Role } from './console-routes';
import type { MessageKey } from './i18n/messages';
import type { CurrentUser } from './session';

export type MenuEntry = { path: string; label: MessageKey };

const ADMIN_MENU: MenuEntry[] = [
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

const isDutyAdministrator = (roles: Set<string>) =>
  roles.has('security-administrator') || roles.has('audit-administrator');

/** The console roles of a user: their grants, and `member` for anyone with no stronger one. */
export function consoleRolesOf(user: CurrentUser | null): Set<Role> {
  const granted = new Set(user?.roles.map((r) => r.role));
  const roles = new Set<Role>(
    (['administrator', 'supervisor', 'branch-secretary', 'member'] as const).filter((r) => granted.has(r)),
  );
  if (roles.size === 0 && !isDutyAdministrator(granted)) roles.add('member');
  return roles;
}

/** The menu of the user's strongest role. */
export function menuOf(user: CurrentUser | null): MenuEntry[] {
  const roles = new Set(user?.roles.map((r) => r.role));
  if (roles.has('administrator')) return ADMIN_MENU;
  if (isDutyAdministrator(roles)) return DUTY_MENU;
  if (roles.has('supervisor')) return SUPERVISOR_MENU;
  if (roles.has('branch-secretary')) return BRANCH_MENU;
  return MEMBER_MENU;
}
