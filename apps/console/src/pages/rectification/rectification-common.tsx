import { Alert } from 'antd';
import { type Schemas } from '../../api/client';
import type { SheetIndicator } from '../../api/read-indicator-sheet';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { STATE_LABELS } from '../../i18n/states';

export type Transition = Schemas['BranchActionResultDto'];
export type RectificationView = Schemas['BranchRectificationViewDto'];
export type Indicator = SheetIndicator;

/** The round and branch every rectification command is addressed to. */
export interface BranchPath {
  roundId: string;
  orgId: string;
}

export const GOALS: Record<string, MessageKey> = {
  consolidate: 'goalConsolidate',
  push: 'goalPush',
  rectify: 'goalRectify',
};

/** Labels the rectification components share (state, goal). */
export function useRectificationLabels() {
  const { t, language } = useI18n();
  const stateLabel = (s: string) => STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const goalLabel = (goal: string | undefined) => (goal && GOALS[goal] ? t(GOALS[goal]) : (goal ?? '—'));
  return { stateLabel, goalLabel };
}

/** The answer of a command: the step the branch moved from and to. */
export function TransitionDone({ result }: { result: Transition | undefined }) {
  const { t } = useI18n();
  const { stateLabel } = useRectificationLabels();
  if (!result) return null;
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      message={t('transitionDone', { from: stateLabel(result.from), to: stateLabel(result.to) })}
      style={{ marginBottom: 16 }}
    />
  );
}
