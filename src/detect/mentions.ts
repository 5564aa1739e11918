// Evidence that only mentions a vendor (SPEC section 9, context `docs`): the text matcher finds
// hosts and key names wherever they are written; some places say where a program could go, not
// that it goes there. Decided per line, from the line and the YAML block it sits in, in one
// forward pass over the lines up to the last item.
import type { Evidence } from '../model.js';

/** Configuration files and scripts, where a line that starts with `#` is a comment. */
const HASH_COMMENTED =
  /(?:\.(?:ya?ml|toml|ini|cfg|conf|properties|env|sh|bash|zsh)|(?:^|\/)(?:\.env[^/]*|Dockerfile[^/]*|[^/]*\.dockerfile))$/i;

/**
 * A line that sets a list of domains a firewall or a linter allows or denies (the compiled
 * GitHub Agentic Workflows' `GH_AW_ALLOWED_DOMAINS`, `allowDomains`, a deny-list): the hosts in
 * it are places a program may or may not reach, not calls.
 */
const DOMAIN_LIST =
  /allow(?:ed)?[-_]?(?:domains?|hosts?|list)|(?:deny|block)(?:ed)?[-_]?(?:domains?|hosts?|list)/i;

/**
 * A YAML key that opens a list of allowed or denied hosts: one DOMAIN_LIST names, or the bare
 * verb (`allowed:` under `network:`).
 */
const DOMAIN_KEY = new RegExp(
  `^(?:allow(?:ed)?|den(?:y|ied)|block(?:ed)?)$|${DOMAIN_LIST.source}`,
  'i',
);
/** A YAML block opened by a key, and whether that key names a list of domains. */
interface Block {
  indent: number;
  domains: boolean;
}
/** A line that opens a block (`key:` and nothing after it), or a list item (`- …`). */
const BLOCK_KEY = /([ \t]*)([A-Za-z_][\w.-]{0,63}):[ \t]*(?:\r?\n|$)/y;
const LIST_ITEM = /([ \t]*)- /y;
/**
 * Files whose blocks are followed: YAML, and Markdown (an agentic workflow's front matter). In
 * source code a list is not a YAML list: only the line rules apply, so a host stays a call unless
 * its own line says otherwise.
 */
const YAML_BLOCKS = /\.(?:ya?ml|md|markdown)$/i;

/**
 * Text evidence that only mentions a vendor becomes `docs`: anything on a line commented out
 * with `#` in a configuration file or a script (a Helm values file's disabled example, a note in
 * a workflow), and a host on a line that sets a list of allowed or denied domains, or in a YAML
 * list under such a key (an agentic workflow's `network:` `allowed:`). The items come in line
 * order; each line is passed over once, and read once however many items it holds.
 */
export function mentionsOnly(file: string, text: string, items: Evidence[]): Evidence[] {
  if (items.length === 0) return items;
  const hashComments = HASH_COMMENTED.test(file);
  const yamlBlocks = YAML_BLOCKS.test(file);
  let line = 1;
  let start = 0;
  let judged = 0;
  let commented = false;
  let domainList = false;
  /** The last block opened (`key:`), while the lines after it are indented deeper. */
  let block: Block | null = null;
  const observe = (at: number) => {
    BLOCK_KEY.lastIndex = at;
    const key = BLOCK_KEY.exec(text);
    if (key) {
      block = { indent: key[1]?.length ?? 0, domains: DOMAIN_KEY.test(key[2] ?? '') };
      return;
    }
    LIST_ITEM.lastIndex = at;
    if (LIST_ITEM.test(text) || block === null) return;
    let indent = at;
    while (text[indent] === ' ' || text[indent] === '\t') indent++;
    const blank = text[indent] === '\n' || text[indent] === '\r' || indent >= text.length;
    if (!blank && indent - at <= block.indent) block = null; // the block has ended
  };
  return items.map((item) => {
    if (item.context !== 'runtime' && item.context !== 'ci') return item;
    if (item.line < line) {
      line = 1;
      start = 0;
      judged = 0;
      block = null;
    }
    for (; line < item.line; line++) {
      if (yamlBlocks) observe(start);
      const next = text.indexOf('\n', start);
      if (next === -1) break;
      start = next + 1;
    }
    if (judged !== line) {
      judged = line;
      let at = start;
      while (text[at] === ' ' || text[at] === '\t') at++;
      commented = hashComments && text[at] === '#';
      const end = text.indexOf('\n', start);
      LIST_ITEM.lastIndex = start;
      const listed = LIST_ITEM.exec(text);
      // (Assigned in `observe`, which the compiler does not follow: the declared type.)
      const open = block as Block | null;
      domainList =
        DOMAIN_LIST.test(text.slice(start, end === -1 ? text.length : end)) ||
        (listed !== null &&
          open !== null &&
          open.domains &&
          (listed[1]?.length ?? 0) > open.indent);
    }
    const mention = commented || (domainList && item.kind === 'endpoint');
    return mention ? { ...item, context: 'docs' } : item;
  });
}
