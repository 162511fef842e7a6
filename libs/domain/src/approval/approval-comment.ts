import type { ApprovalComment } from './approval.types.js';
import { approvalErrors } from './approval.errors.js';

export const COMMENT_MAX_LENGTH = 2000;
export const ATTACHMENTS_MAX = 10;
const ATTACHMENT_REF_MAX = 500;

/**
 * 审批意见: optional on most actions, mandatory (non-blank) on 驳回 / 退回 and on a plain comment;
 * at most 2000 characters and 10 attachment references. Returns the trimmed comment or null.
 */
export function checkComment(comment: ApprovalComment | undefined, reasonRequired: boolean): ApprovalComment | null {
  const text = comment?.text.trim() ?? '';
  if (text.length === 0) {
    if (reasonRequired) throw approvalErrors.reasonRequired();
    if (!comment || comment.attachments.length === 0) return null;
  }
  if (text.length > COMMENT_MAX_LENGTH) throw approvalErrors.commentTooLong(COMMENT_MAX_LENGTH);
  const attachments = comment?.attachments ?? [];
  const refsOk = attachments.every((ref) => ref.trim().length > 0 && ref.length <= ATTACHMENT_REF_MAX);
  if (attachments.length > ATTACHMENTS_MAX || !refsOk) throw approvalErrors.attachmentsInvalid(ATTACHMENTS_MAX);
  return { text, attachments: [...attachments] };
}
