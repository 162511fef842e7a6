import { DomainError } from '../domain.error.js';

/**
 * 佐证材料 of a self-assessment: the kinds a branch may upload, recognised by the file name's
 * extension **and** its first bytes (a renamed executable is refused), and the size limit. The API's
 * upload limit (413) is the same number; an empty file or another kind is a 422 naming `file`.
 */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export type EvidenceFileKind = 'pdf' | 'png' | 'jpeg' | 'office';

const EXTENSIONS: Readonly<Record<string, EvidenceFileKind>> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  docx: 'office',
  xlsx: 'office',
  pptx: 'office',
};

/** What each kind's content starts with (Office files are ZIP containers). */
const SIGNATURES: Readonly<Record<EvidenceFileKind, readonly number[]>> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  office: [0x50, 0x4b, 0x03, 0x04], // PK\3\4
};

export const EVIDENCE_EXTENSIONS = Object.keys(EXTENSIONS);

const unsupported = (fileName: string) =>
  new DomainError(
    'EVIDENCE_TYPE_UNSUPPORTED',
    'invalid',
    {
      zhCN: `不支持的佐证材料类型：${fileName}（仅限 PDF、PNG、JPG、Word、Excel、PowerPoint）`,
      en: `unsupported evidence file: ${fileName} (PDF, PNG, JPG, Word, Excel or PowerPoint only)`,
    },
    'file',
  );

/** The kind of an evidence file, or a DomainError (422, field `file`) when it is empty, too large or of another kind. */
export function checkEvidenceFile(fileName: string, content: Uint8Array): EvidenceFileKind {
  if (content.length === 0)
    throw new DomainError(
      'EVIDENCE_EMPTY',
      'invalid',
      { zhCN: '佐证材料为空文件', en: 'the evidence file is empty' },
      'file',
    );
  if (content.length > MAX_EVIDENCE_BYTES)
    throw new DomainError(
      'EVIDENCE_TOO_LARGE',
      'invalid',
      {
        zhCN: `佐证材料不能超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
        en: `evidence files are limited to ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB`,
      },
      'file',
    );
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = EXTENSIONS[extension];
  if (!kind) throw unsupported(fileName);
  const signature = SIGNATURES[kind];
  if (content.length < signature.length || signature.some((byte, i) => content[i] !== byte))
    throw unsupported(fileName);
  return kind;
}

/** The content type the file is stored and served with (never the uploader's claim). */
export function evidenceContentType(fileName: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return (
    {
      pdf: 'application/pdf',
      png: 'image/png',
      jpg: 'image/jpeg',
      jpeg: 'image/jpeg',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    }[extension] ?? 'application/octet-stream'
  );
}
