import { Injectable } from '@nestjs/common';
import { organisationNotFound, resolveLines } from '@cxzy/domain';
import { OrganisationRepository } from '@cxzy/persistence';
import {
  toOrganisationSummary,
  toOrganisationView,
  type OrganisationSummary,
  type OrganisationView,
} from './organisation.view.js';

export interface OrganisationLinesView {
  readonly organisation: OrganisationSummary;
  /** Approves and receives escalations, nearest first, ending at the grading unit. */
  readonly leadingLine: OrganisationSummary[];
  /** Kept informed, never asked to approve. */
  readonly copyLine: OrganisationSummary[];
}

@Injectable()
export class GetOrganisationUseCase {
  constructor(private readonly organisations: OrganisationRepository) {}

  async execute(id: string): Promise<OrganisationView> {
    const record = await this.organisations.findById(id);
    if (!record) throw organisationNotFound(id);
    return toOrganisationView(record);
  }

  /** 领导线 and 抄送线 (resolveLines) over the organisations this one can reach, loaded in one query. */
  async lines(id: string): Promise<OrganisationLinesView> {
    const reachable = await this.organisations.loadAuthorities(id);
    const byId = new Map(reachable.map((o) => [o.id, o]));
    const origin = byId.get(id);
    if (!origin) throw organisationNotFound(id);
    const { leadingLine, copyLine } = resolveLines(id, byId);
    return {
      organisation: toOrganisationSummary(origin),
      leadingLine: leadingLine.map(toOrganisationSummary),
      copyLine: copyLine.map(toOrganisationSummary),
    };
  }
}
