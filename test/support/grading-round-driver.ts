import { addDays, beijingDateTime } from '@cxzy/domain';
import type { Http } from './auth.js';
import { eventually } from './eventually.js';

/**
 * Drives a whole 晋位升级 round through the HTTP API as the real users (administrator, supervisors,
 * secretaries, members, the public), for any size of county: every per-branch step runs over all
 * branches with bounded concurrency. Shared by the integration tests and the cluster suite (which
 * builds `as` on tokens for API processes it does not hold).
 */
export interface DriverContext {
  /** A supertest agent acting as this user (bearer token). */
  as(username: string): Promise<Http>;
  /** A supertest agent with no token (the public's routes). */
  anonymous(): Http;
  /** Requests in flight at once per step (default 8). */
  readonly concurrency?: number;
}

export interface DrivenBranch {
  readonly code: string;
  readonly sectorCode: string;
}

/** A generated county: one unit, one township, `sizes[sector]` branches per sector. */
export interface GeneratedCounty {
  readonly unitCode: string;
  readonly townshipCode: string;
  readonly branches: readonly DrivenBranch[];
  readonly organisationsCsv: string;
  /** username → [role, organisation code] */
  readonly users: readonly (readonly [
    string,
    'administrator' | 'supervisor' | 'branch-secretary' | 'member',
    string,
  ])[];
  readonly administrator: string;
  /** The unit's supervisor: approves the classification, resolves objections. */
  readonly unitSupervisor: string;
  /** The township's supervisor: rates the branches, reviews plans, accepts. */
  readonly supervisor: string;
}

const SECTOR_LETTER: Record<string, string> = { village: 'V', 'urban-community': 'C', agency: 'A' };
const KIND_NAME: Record<string, string> = {
  village: '村党支部',
  'urban-community': '社区党支部',
  agency: '机关党支部',
};

export const secretaryOfBranch = (code: string): string => `${code.toLowerCase()}-secretary`;
export const memberOfBranch = (code: string): string => `${code.toLowerCase()}-member`;

export function generateCounty(unitCode: string, sizes: Readonly<Record<string, number>>): GeneratedCounty {
  const townshipCode = `${unitCode}-T01`;
  const branches: DrivenBranch[] = [];
  for (const [sectorCode, count] of Object.entries(sizes)) {
    const letter = SECTOR_LETTER[sectorCode] ?? sectorCode.slice(0, 1).toUpperCase();
    for (let i = 1; i <= count; i += 1) {
      branches.push({ code: `${townshipCode}-${letter}${String(i).padStart(3, '0')}`, sectorCode });
    }
  }
  const organisationsCsv = [
    'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
    `${unitCode},中共${unitCode}县委员会,committee,agency,,,1,,true`,
    `${townshipCode},中共${unitCode}县第一镇委员会,committee,agency,${unitCode},,1,,`,
    ...branches.map(
      (b) => `${b.code},${b.code}${KIND_NAME[b.sectorCode] ?? '党支部'},branch,${b.sectorCode},${townshipCode},,1,,`,
    ),
  ].join('\n');
  const administrator = `${unitCode.toLowerCase()}-admin`;
  const unitSupervisor = `${unitCode.toLowerCase()}-supervisor`;
  const supervisor = `${townshipCode.toLowerCase()}-supervisor`;
  return {
    unitCode,
    townshipCode,
    branches,
    organisationsCsv,
    administrator,
    unitSupervisor,
    supervisor,
    users: [
      [administrator, 'administrator', unitCode],
      [unitSupervisor, 'supervisor', unitCode],
      [supervisor, 'supervisor', townshipCode],
      ...branches.flatMap((b) => [
        [secretaryOfBranch(b.code), 'branch-secretary', b.code] as const,
        [memberOfBranch(b.code), 'member', b.code] as const,
      ]),
    ],
  };
}

/** Runs `work` over `items`, at most `limit` at a time; the first failure fails the whole. */
export async function inPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  });
  await Promise.all(lanes);
  return results;
}

/**
 * Imports the county's organisations and users through the API (`importer`: an administrator who
 * may import, e.g. the bootstrap one; `security`: a security administrator of the unit, who saves
 * the users — 三员分立), then reads their ids as the county's administrator.
 */
export async function importCounty(
  ctx: DriverContext,
  importer: Http,
  county: GeneratedCounty,
  security: Http,
): Promise<Map<string, string>> {
  const concurrency = ctx.concurrency ?? 8;
  await importer
    .post('/organisations/import')
    .attach('file', Buffer.from(county.organisationsCsv, 'utf8'), 'organisations.csv')
    .expect(200);
  await inPool(county.users, concurrency, async ([username, role, organisationCode]) => {
    await security
      .put(`/users/${username}`)
      .send({ displayName: username, roles: [{ role, organisationCode }] })
      .expect(200);
  });
  const ids = new Map<string, string>();
  const admin = await ctx.as(county.administrator);
  for (let page = 1; ; page += 1) {
    const response = await admin.get('/organisations').query({ q: county.unitCode, page, pageSize: 200 }).expect(200);
    const items = response.body.items as { id: string; code: string }[];
    for (const o of items) ids.set(o.code, o.id);
    if (items.length < 200) break;
  }
  return ids;
}

interface PlanRequirementsView {
  readonly goal: string;
  readonly targets: readonly string[];
  readonly contactLeaderRequired: boolean;
  readonly reportIntervalMonths: number;
}

export interface RoundHandle {
  readonly id: string;
  readonly workflowId: string;
  readonly year: number;
  readonly definitionIds: Readonly<Record<string, string>>;
}

export interface RoundProgress {
  state: string;
  progress: {
    branches: number;
    byState: Record<string, number>;
    grading: {
      waitingFor: { reason: string; count: number; message: { zhCN: string; en: string } } | null;
      [key: string]: unknown;
    };
  };
  previousRound: { year: number; branches: number; passed: number; missing: string[]; mayFinalise: boolean } | null;
}

/** Everything a round's drive needs to know. */
export class GradingRoundDriver {
  private readonly limit: number;
  /** sector → the indicator sheet's items (key, weight) of the round's pinned definition. */
  private readonly sheets = new Map<string, { key: string; weight: number; indicator: string }[]>();

  constructor(
    private readonly ctx: DriverContext,
    readonly county: GeneratedCounty,
    readonly ids: ReadonlyMap<string, string>,
    readonly round: RoundHandle,
  ) {
    this.limit = ctx.concurrency ?? 8;
  }

  /** 部署: the administrator launches the year's round (outside the window, with a reason) and waits for the fan-out. */
  static async launch(
    ctx: DriverContext,
    county: GeneratedCounty,
    ids: ReadonlyMap<string, string>,
    year: number,
    options: { timeoutMs?: number } = {},
  ): Promise<GradingRoundDriver> {
    const admin = await ctx.as(county.administrator);
    const launched = await admin
      .post('/grading-rounds')
      .send({
        gradingUnitId: ids.get(county.unitCode),
        year,
        overrideReason: '测试：在部署窗口外部署',
        acknowledgeBy: new Date(Date.now() + 86_400_000).toISOString(),
      })
      .expect(201);
    const driver = new GradingRoundDriver(ctx, county, ids, launched.body as RoundHandle);
    await eventually(
      async () => {
        const view = await driver.progress();
        return view.progress.branches === county.branches.length && view.state === 'grade.collecting'
          ? view
          : undefined;
      },
      { what: `the ${year} round enrolled every branch`, timeoutMs: options.timeoutMs ?? 120_000 },
    );
    for (const [sector, id] of Object.entries(driver.round.definitionIds)) {
      const definition = await admin.get(`/pipeline-definitions/${id}`).expect(200);
      driver.sheets.set(sector, definition.body.body.indicatorSheet.items);
    }
    return driver;
  }

  private url(path: string): string {
    return `/grading-rounds/${this.round.id}${path}`;
  }
  private branchUrl(code: string, path: string): string {
    return this.url(`/branches/${this.ids.get(code)}${path}`);
  }
  private key(step: string, code = ''): string {
    return `${this.round.year}-${step}-${code}`;
  }

  async progress(): Promise<RoundProgress> {
    return (await (await this.ctx.as(this.county.administrator)).get(this.url('')).expect(200)).body as RoundProgress;
  }

  /** Each branch's items at `ratio` of full marks (the composite then is ratio × 100). */
  itemsAt(sectorCode: string, ratio: number): Record<string, number> {
    return Object.fromEntries(
      this.sheets.get(sectorCode)!.map((i) => [i.key, Math.round(i.weight * ratio * 100) / 100]),
    );
  }

  /**
   * 确认, 自评, 上级评定, the veto facts, 党员评议 and 群众评议 (two public tokens, base 10) for
   * every branch, each at its ratio: every branch ends in grade.rated.
   */
  async rateEveryBranch(ratioOf: (branch: DrivenBranch) => number): Promise<void> {
    const admin = await this.ctx.as(this.county.administrator);
    const supervisor = await this.ctx.as(this.county.supervisor);
    const lastActivity = addDays(beijingDateTime(new Date()).date, -10);
    await inPool(this.county.branches, this.limit, async (branch) => {
      const ratio = ratioOf(branch);
      const secretary = await this.ctx.as(secretaryOfBranch(branch.code));
      // The branch workflow starts after its enrolment: acknowledge once it answers.
      await eventually(
        async () => {
          const response = await secretary
            .post(this.branchUrl(branch.code, '/acknowledge'))
            .send({ idempotencyKey: this.key('ack', branch.code) });
          return response.status === 200 ? true : undefined;
        },
        { what: `${branch.code} acknowledged`, timeoutMs: 120_000 },
      );
      await secretary
        .post(this.branchUrl(branch.code, '/self-assessment'))
        .send({ idempotencyKey: this.key('self', branch.code), items: this.itemsAt(branch.sectorCode, ratio) })
        .expect(200);
      await supervisor
        .post(this.branchUrl(branch.code, '/superior-rating'))
        .send({ idempotencyKey: this.key('rate', branch.code), overall: Math.round(ratio * 10_000) / 100 })
        .expect(200);
      await supervisor
        .put(this.branchUrl(branch.code, '/facts'))
        .send({ secretaryPostVacantSince: null, lastPartyActivityOn: lastActivity })
        .expect(204);
      await (
        await this.ctx.as(memberOfBranch(branch.code))
      )
        .post(this.branchUrl(branch.code, '/appraisals'))
        .send({ items: this.itemsAt(branch.sectorCode, ratio) })
        .expect(201);
      const issued = await admin
        .post(this.url('/rating-tokens'))
        .send({
          purpose: 'appraisal',
          organisationId: this.ids.get(branch.code),
          count: 2,
          ttlHours: 1,
          publicBase: 10,
        })
        .expect(201);
      for (const token of issued.body.tokens as string[]) {
        await this.ctx
          .anonymous()
          .post(this.branchUrl(branch.code, '/public-appraisals'))
          .send({ token, overall: Math.round(ratio * 10_000) / 100, satisfied: true })
          .expect(201);
      }
    });
  }

  /** 提出拟定等次 by the administrator, 审批 by the unit's supervisor: publicity opens. */
  async proposeAndApprove(): Promise<{ proposed: unknown; publicityEndsAt: string }> {
    const proposed = await (
      await this.ctx.as(this.county.administrator)
    )
      .post(this.url('/classification/propose'))
      .send({ idempotencyKey: this.key('propose') })
      .expect(200);
    const approved = await (
      await this.ctx.as(this.county.unitSupervisor)
    )
      .post(this.url('/classification/approve'))
      .send({ idempotencyKey: this.key('approve') })
      .expect(200);
    return { proposed: proposed.body.classification, publicityEndsAt: approved.body.publicityEndsAt as string };
  }

  /** A secretary's objection during publicity, upheld by the unit's supervisor with a corrected rating. */
  async objectAndUphold(code: string, correctedOverall: number): Promise<{ changedBranches: number }> {
    const filed = await (
      await this.ctx.as(secretaryOfBranch(code))
    )
      .post(this.url('/objections'))
      .send({
        organisationId: this.ids.get(code),
        realName: '王建国',
        contact: '13800138000',
        reason: '上级评定漏计了本支部的创建成果',
      })
      .expect(201);
    const resolved = await (
      await this.ctx.as(this.county.unitSupervisor)
    )
      .post(this.url(`/objections/${filed.body.id}/resolve`))
      .send({
        idempotencyKey: this.key('objection', code),
        outcome: 'upheld',
        note: '核实属实，更正上级评定',
        correctedRating: { overall: correctedOverall },
      })
      .expect(200);
    return resolved.body.objection as { changedBranches: number };
  }

  /** Waits until every branch has heard its final tier and stands at rectify.plan-due. */
  async waitForRectification(timeoutMs = 180_000): Promise<RoundProgress> {
    return eventually(
      async () => {
        const view = await this.progress();
        return view.progress.byState['rectify.plan-due'] === this.county.branches.length ? view : undefined;
      },
      { what: 'every branch due to file its plan', timeoutMs },
    );
  }

  /** A plan meeting the branch's requirements (its weakest indicators, goal, contact leader, interval). */
  private plan(requirements: PlanRequirementsView) {
    const year = this.round.year;
    return {
      goal: requirements.goal,
      startsOn: `${year}-06-01`,
      endsOn: `${year}-12-31`,
      targets: requirements.targets.map((indicator) => ({
        indicator,
        problem: `${indicator} 薄弱`,
        measures: ['制定措施并落实'],
        responsible: '支部书记',
        dueOn: `${year}-11-30`,
      })),
      ...(requirements.contactLeaderRequired ? { contactLeader: { name: '王镇长', position: '镇党委副书记' } } : {}),
      reportEveryMonths: requirements.reportIntervalMonths,
    };
  }

  /**
   * 整改提高 and 考核验收 for `codes` (default: every branch): plan filed (for `returnOnce`, returned
   * with a reason and filed again), approved, completed, accepted as passed. Ends at accept.done.
   */
  async rectifyAndAccept(options: { codes?: readonly string[]; returnOnce?: readonly string[] } = {}): Promise<void> {
    const codes = options.codes ?? this.county.branches.map((b) => b.code);
    const returnOnce = new Set(options.returnOnce ?? []);
    const supervisor = await this.ctx.as(this.county.supervisor);
    await inPool(codes, this.limit, async (code) => {
      const secretary = await this.ctx.as(secretaryOfBranch(code));
      const view = (await supervisor.get(this.branchUrl(code, '/rectification')).expect(200)).body as {
        planRequirements: PlanRequirementsView;
      };
      const plan = this.plan(view.planRequirements);
      await secretary
        .post(this.branchUrl(code, '/rectification-plan'))
        .send({ idempotencyKey: this.key('plan', code), plan })
        .expect(200);
      if (returnOnce.has(code)) {
        await supervisor
          .post(this.branchUrl(code, '/rectification-plan/return'))
          .send({ idempotencyKey: this.key('plan-return', code), reason: '措施不够具体' })
          .expect(200);
        await secretary
          .post(this.branchUrl(code, '/rectification-plan'))
          .send({ idempotencyKey: this.key('plan-again', code), plan })
          .expect(200);
      }
      await supervisor
        .post(this.branchUrl(code, '/rectification-plan/approve'))
        .send({ idempotencyKey: this.key('plan-approve', code), comment: '同意' })
        .expect(200);
      await secretary
        .post(this.branchUrl(code, '/rectification-progress'))
        .send({ idempotencyKey: this.key('done', code), summary: '整改任务全部完成', complete: true })
        .expect(200);
      await this.accept(code);
    });
  }

  /** 考核验收 (passed) by the township's supervisor, a comment per indicator of the branch's sheet. */
  async accept(code: string): Promise<void> {
    const branch = this.county.branches.find((b) => b.code === code)!;
    const indicators = [...new Set(this.sheets.get(branch.sectorCode)!.map((i) => i.indicator))];
    const supervisor = await this.ctx.as(this.county.supervisor);
    const response = await supervisor.post(this.branchUrl(code, '/acceptance')).send({
      idempotencyKey: this.key('accept', code),
      checks: { organisationStrengthened: true, problemsSolved: true, membersAndPublicSatisfied: true },
      indicatorComments: indicators.map((indicator) => ({ indicator, comment: `${indicator}：已对照标准检查` })),
    });
    if (response.status !== 200) {
      throw new Error(`acceptance of ${code}: ${response.status} ${JSON.stringify(response.body)}`);
    }
  }
}

/** Publishes the default grading-cycle definition of each sector, as the county's administrator. */
export async function publishGradingDefinitions(
  ctx: DriverContext,
  county: GeneratedCounty,
  sectors: readonly string[],
): Promise<void> {
  const admin = await ctx.as(county.administrator);
  for (const sectorCode of sectors) {
    const draft = await admin
      .post('/pipeline-definitions')
      .send({ processKind: 'grading-cycle', sectorCode })
      .expect(201);
    await admin.post(`/pipeline-definitions/${draft.body.id}/publish`).send({}).expect(200);
  }
}
