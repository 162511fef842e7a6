/**
 * An API message as people read it: the JSON path some messages carry for developers
 * ("公示期（工作日）（$.publicityWorkingDays）应为…") removed — the page shows the field itself.
 */
export function withoutJsonPaths(text: string): string {
  return text.replace(/\s*[（(]\$[.[][^）)]*[）)]/g, '').replace(/\$\.[\w.[\]"-]+:?\s*/g, '');
}
