import { SingleFileUpload } from '../common/file-upload.js';

/** A year's calendar is a few dozen days: a larger file is not a calendar (over it multer fails → 413). */
export const MAX_CALENDAR_FILE_BYTES = 1024 * 1024;

/** `multipart/form-data` with one `file` part: .ics, .xlsx or .csv, at most 1 MB. */
export const CalendarFileUpload = () =>
  SingleFileUpload({
    maxBytes: MAX_CALENDAR_FILE_BYTES,
    description: '.ics（全天日程，含“班”为上班）或 .xlsx/.csv（列：日期 / 类型（放假|上班）/ 名称），不超过 1 MB',
  });
