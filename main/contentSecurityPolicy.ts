/**
 * The interface's Content-Security-Policy, one constant for both shells: the Electron window
 * (response headers of the app:// protocol and the session hook) and the web shell (headers of
 * every static file). docs/ELECTRON.md quotes it and a test keeps the two equal.
 *
 * Everything is local: scripts only from the app's own files (no inline script, no eval), no
 * remote origin, no plugins (object-src), no <base> rewriting every relative URL (base-uri), no
 * form posting the page's data anywhere (form-action), no frames in either direction. Inline
 * styles stay allowed because the editor and the highlight painter set style attributes.
 * connect-src 'self' is the web shell's /api; the Electron window calls the backend over IPC.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "worker-src 'self' blob:",
].join('; ');

/**
 * What renderer/index.html carries in its <meta> tag: the same policy without frame-ancestors,
 * which a <meta> policy cannot express (the browser ignores it there and logs an error). The
 * meta tag applies even where a header is missing (a file opened straight from disk).
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors '))
  .join('; ');
