const TOKEN_KEY = 'verbatim.token';

/**
 * The web shell's per-launch token arrives once in the address (`?token=…`). It is kept in
 * sessionStorage (this tab only) and removed from the address bar so that it does not end
 * up in bookmarks, history or screenshots.
 */
export function takeTokenFromAddress(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}
