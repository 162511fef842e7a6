/** Who may take each step of a pledge: in the domain, since the workflow's validators check it too. */
export { PLEDGE_ROLES } from '@cxzy/domain';
