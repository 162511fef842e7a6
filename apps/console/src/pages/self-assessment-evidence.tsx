import { Button, Space, Typography, Upload } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest, type RequestState } from '../components/use-request';
import { useI18n } from '../i18n/i18n';

type EvidenceFile = Schemas['EvidenceFileDto'];

/** The kinds and size the API accepts (domain `evidence-file.ts`); the API checks again and names the refusal. */
export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx';
export const EVIDENCE_MAX_MB = 10;

/** The branch's evidence in the round, and the ids per item the self-assessment refers to. */
export function useEvidence(roundId: string, orgId: string) {
  const files = useRequest(
    async () =>
      unwrap(
        await api.GET('/grading-rounds/{roundId}/branches/{orgId}/evidence', { params: { path: { roundId, orgId } } }),
      ),
    [roundId, orgId],
  );
  const references = (): Record<string, string[]> => {
    const byItem: Record<string, string[]> = {};
    for (const file of files.data ?? []) if (file.itemKey) (byItem[file.itemKey] ??= []).push(file.id);
    return byItem;
  };
  return { files, references };
}

/** Saves a downloaded file (fetched with the token) under its name. */
async function download(roundId: string, orgId: string, file: EvidenceFile) {
  const result = await api.GET('/grading-rounds/{roundId}/branches/{orgId}/evidence/{evidenceId}', {
    params: { path: { roundId, orgId, evidenceId: file.id } },
    parseAs: 'blob',
  });
  const url = URL.createObjectURL(unwrap(result) as unknown as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * 佐证材料 of one item of the self-assessment: its uploaded files (download) and an upload button.
 * A refused file (413 too large, 422 another kind) shows the API's reason under the button.
 */
export function EvidenceCell({
  roundId,
  orgId,
  itemKey,
  itemName,
  files,
  disabled,
}: {
  roundId: string;
  orgId: string;
  itemKey: string;
  itemName: string;
  files: RequestState<EvidenceFile[]>;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const upload = useCommand(async (_key: string, file: File) => {
    const form = new FormData();
    form.append('itemKey', itemKey);
    form.append('file', file, file.name);
    const stored = unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/evidence', {
        params: { path: { roundId, orgId } },
        body: form as unknown as { file: string; itemKey?: string },
        bodySerializer: (body) => body as unknown as FormData,
      }),
    );
    files.reload();
    return stored;
  });
  const fetching = useCommand(async (_key: string, file: EvidenceFile) => {
    await download(roundId, orgId, file);
    return true;
  });
  const mine = (files.data ?? []).filter((f) => f.itemKey === itemKey);
  return (
    <Space direction="vertical" size={4}>
      {mine.length === 0 && <Typography.Text type="secondary">{t('noEvidence')}</Typography.Text>}
      {mine.map((file) => (
        <Space key={file.id} size={4}>
          <Typography.Text data-testid={`evidence-${itemKey}`}>{file.fileName}</Typography.Text>
          <Button
            size="small"
            type="link"
            aria-label={`${t('download')} ${file.fileName}`}
            onClick={() => fetching.run(file)}
          >
            {t('download')}
          </Button>
        </Space>
      ))}
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        disabled={disabled}
        beforeUpload={(file) => {
          void upload.run(file);
          return false;
        }}
      >
        <Button
          size="small"
          loading={upload.running}
          disabled={disabled}
          aria-label={`${itemName} ${t('uploadEvidence')}`}
        >
          {t('uploadEvidence')}
        </Button>
      </Upload>
      <RequestError error={upload.error} />
      <RequestError error={fetching.error} />
    </Space>
  );
}
