/**
 * A minimal reader for Well-Known Text (WKT1 as in ESRI .prj files, and WKT2):
 * just enough structure to find names, authority codes and parameters. It
 * never interprets the projection itself; proj4 does that from our own defs.
 */
export interface WktNode {
  keyword: string;
  args: WktValue[];
}

export type WktValue = string | number | WktNode;

export function parseWkt(text: string): WktNode | null {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const node = (): WktNode | null => {
    skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!m) return null;
    i += m[0].length;
    skipSpace();
    const open = text[i];
    if (open !== '[' && open !== '(') return { keyword: m[0].toUpperCase(), args: [] };
    const close = open === '[' ? ']' : ')';
    i++;
    const args: WktValue[] = [];
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === undefined) return null;
      if (c === close) {
        i++;
        return { keyword: m[0].toUpperCase(), args };
      }
      if (c === ',') {
        i++;
        continue;
      }
      const value = c === '"' ? quoted() : /[-+.\d]/.test(c) ? number() : node();
      if (value === null) return null;
      args.push(value);
    }
  };
  const quoted = (): string | null => {
    // WKT escapes a quote inside a string by doubling it.
    let out = '';
    i++;
    while (i < text.length) {
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          out += '"';
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += text[i++];
    }
    return null;
  };
  const number = (): number | null => {
    const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i));
    if (!m) return null;
    i += m[0].length;
    return Number(m[0]);
  };
  const root = node();
  return root && root.args.length > 0 ? root : null;
}

export function children(node: WktNode, ...keywords: string[]): WktNode[] {
  return node.args.filter(
    (a): a is WktNode => typeof a === 'object' && keywords.includes(a.keyword),
  );
}

export function child(node: WktNode, ...keywords: string[]): WktNode | undefined {
  return children(node, ...keywords)[0];
}

/** Depth-first search for the first node with one of the keywords. */
export function find(node: WktNode, ...keywords: string[]): WktNode | undefined {
  for (const a of node.args) {
    if (typeof a !== 'object') continue;
    if (keywords.includes(a.keyword)) return a;
    const deeper = find(a, ...keywords);
    if (deeper) return deeper;
  }
  return undefined;
}

export function nameOf(node: WktNode): string {
  return typeof node.args[0] === 'string' ? node.args[0] : '';
}
