/** Parses an Accept header into media ranges ordered by preference (q descending, then position). */
export interface MediaRange {
  readonly type: string;
  readonly q: number;
  /** 0 for a concrete type, 1 for `type/*`, 2 for `*\/*`: more specific ranges win ties. */
  readonly specificity: number;
}

export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header) return [];
  const ranges: (MediaRange & { i: number })[] = [];
  header.split(',').slice(0, 64).forEach((part, i) => {
    const [typePart, ...params] = part.split(';');
    const type = typePart!.trim().toLowerCase();
    if (!type) return;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Math.min(1, Number(m[1]) || 0);
    }
    if (q <= 0) return;
    const specificity = type === '*/*' ? 2 : type.endsWith('/*') ? 1 : 0;
    ranges.push({ type, q, specificity, i });
  });
  return ranges.sort((a, b) => b.q - a.q || a.i - b.i).map(({ type, q, specificity }) => ({ type, q, specificity }));
}

/** Does the media range accept the concrete media type? */
export function rangeMatches(range: string, mediaType: string): boolean {
  if (range === '*/*') return true;
  if (range.endsWith('/*')) return mediaType.startsWith(range.slice(0, -1));
  return range === mediaType;
}
