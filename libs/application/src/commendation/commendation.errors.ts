import { DomainError } from '@cxzy/domain';

export const commendationRoundNotFound = (id: string) =>
  new DomainError(
    'COMMENDATION_NOT_FOUND',
    'not-found',
    { zhCN: `没有评选 ${id}`, en: `no commendation round ${id}` },
    'roundId',
  );
