/**
 * The console page of a notice's or task's link (an API path such as /grading-rounds/…/branches/…,
 * …/rectification or /pledges/…), if it has one.
 */
export function consolePathOf(link: string | null | undefined): string | null {
  if (!link) return null;
  const path = new URL(link, window.location.origin).pathname;
  return /^\/(grading-rounds\/[^/]+\/(branches\/[^/]+(\/rectification)?|classification)|pledges\/[^/]+)\/?$/.test(path)
    ? path
    : null;
}
