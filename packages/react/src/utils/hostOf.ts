/** The site a guidance link goes to (`nspcc.org.uk`), shown beside the link; the URL itself if it cannot be read. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
