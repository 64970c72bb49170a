/**
 * Opens a web link the user clicked outside the app: in Electron, main opens it in the system
 * browser after checking that a real click came just before (main/electron/externalLinks.ts);
 * in the web shell, a new tab that cannot reach back into this page.
 */
export function openLinkInBrowser(url: string): void {
  if (window.verbatim) void window.verbatim.openLink(url);
  else window.open(url, '_blank', 'noopener,noreferrer');
}
