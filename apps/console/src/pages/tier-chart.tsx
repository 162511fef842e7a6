import type { Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { TIER_LABELS } from '../i18n/states';

type Distribution = Schemas['TierDistributionDto'];
const TIERS = ['advanced', 'average', 'lagging'] as const;
/** Colours with at least 4.5:1 contrast on white for the labels drawn beside them. */
const COLOURS: Record<(typeof TIERS)[number], string> = { advanced: '#237804', average: '#0958d9', lagging: '#a8071a' };

const BAR = 18;
const GAP = 6;
const LABEL = 150;
const WIDTH = 640;

/**
 * 等次分布: per sector, the proposed (or final, once fixed) tiers as stacked bars, and per quota
 * group the advanced cap and the lagging floor against the counts — a small SVG, no chart library.
 * A table with the same numbers follows it, for screen readers and for copying.
 */
export function TierChart({
  distribution,
  sectorName,
}: {
  distribution: Distribution;
  sectorName: (code: string) => string;
}) {
  const { t, language } = useI18n();
  const tierLabel = (tier: string) => TIER_LABELS[tier]?.[language === 'en' ? 'en' : 'zh'] ?? tier;
  const anyFinal = distribution.bySector.some((s) => TIERS.some((tier) => s.final[tier] > 0));
  const which = anyFinal ? 'final' : 'proposed';
  const max = Math.max(1, ...distribution.bySector.map((s) => s.branches));
  const scale = (n: number) => ((WIDTH - LABEL - 40) * n) / max;
  const groups = distribution.quotaGroups ?? [];
  const rows = distribution.bySector.length;
  const height = rows * (BAR + GAP) + 28 + groups.length * (BAR + GAP);

  return (
    <figure style={{ margin: 0 }} data-testid="tier-chart">
      <svg
        role="img"
        aria-label={`${t('tierDistribution')} (${t(anyFinal ? 'finalLabel' : 'proposedLabel')})`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}
      >
        {distribution.bySector.map((sector, row) => {
          let x = LABEL;
          const y = row * (BAR + GAP);
          return (
            <g key={sector.sectorCode}>
              <text x={LABEL - 8} y={y + BAR - 4} textAnchor="end" fontSize={13} fill="#1f1f1f">
                {sectorName(sector.sectorCode)}
              </text>
              {TIERS.map((tier) => {
                const n = sector[which][tier];
                const w = scale(n);
                const rect = (
                  <g key={tier}>
                    <rect x={x} y={y} width={w} height={BAR} fill={COLOURS[tier]}>
                      <title>{`${sectorName(sector.sectorCode)} ${tierLabel(tier)} ${n}`}</title>
                    </rect>
                    {w >= 18 && (
                      <text x={x + w / 2} y={y + BAR - 4} textAnchor="middle" fontSize={12} fill="#fff">
                        {n}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + BAR - 4} fontSize={12} fill="#595959">
                {sector.branches}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${rows * (BAR + GAP) + 4})`}>
          {TIERS.map((tier, i) => (
            <g key={tier} transform={`translate(${i * 110}, 0)`}>
              <rect width={12} height={12} fill={COLOURS[tier]} />
              <text x={16} y={11} fontSize={12} fill="#1f1f1f">
                {tierLabel(tier)}
              </text>
            </g>
          ))}
        </g>
        {groups.map((group, i) => {
          const y = rows * (BAR + GAP) + 28 + i * (BAR + GAP);
          const advanced = group.counts.advanced;
          const lagging = group.counts.lagging;
          const over = advanced > group.advancedCap;
          const under = group.laggingQuotaApplies && lagging < group.laggingFloor;
          return (
            <g key={group.key}>
              <text x={LABEL - 8} y={y + BAR - 4} textAnchor="end" fontSize={12} fill="#1f1f1f">
                {group.sectorCodes.map(sectorName).join('、')}
              </text>
              <text x={LABEL} y={y + BAR - 4} fontSize={12} fill={over ? '#a8071a' : '#237804'}>
                {`${tierLabel('advanced')} ${advanced} / ${t('advancedCap', { n: group.advancedCap })}`}
              </text>
              <text x={LABEL + 240} y={y + BAR - 4} fontSize={12} fill={under ? '#a8071a' : '#237804'}>
                {group.laggingQuotaApplies
                  ? `${tierLabel('lagging')} ${lagging} / ${t('laggingFloor', { n: group.laggingFloor })}`
                  : `${tierLabel('lagging')} ${lagging}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ fontSize: 12, color: '#595959' }}>
        {t(anyFinal ? 'finalLabel' : 'proposedLabel')} · {t('quotaGroup')}: {groups.length}
      </figcaption>
    </figure>
  );
}
