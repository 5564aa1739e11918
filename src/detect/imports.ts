// Import evidence (SPEC section 9, kind `import`): a source file that imports a vendor's SDK or
// integration package. One line-anchored regular expression per language finds the import
// statements; each is looked up against the catalog's import signatures (module names, and the
// package names that double as module names), by the module or its nearest parent module the
// catalog names; a `notImports` module there means no vendor (`langchain_aws.graphs`).
//
// Every expression is linear: anchored at a line start or a word boundary, with bounded
// repetitions wherever two could share characters, so no hostile line makes them backtrack.
//
// The AI SDK gateway: in a JS/TS file that imports from `ai`, a model given as a
// `'provider/model'` string goes through the Vercel AI Gateway to that provider: evidence for both.
import type { Evidence, EvidenceContext } from '../model.js';
import {
  catalogVendorIds,
  type Catalog,
  type ImportLanguage,
  type NotImportSignature,
} from './catalog.js';

const LANGUAGE_BY_EXTENSION: Record<string, ImportLanguage> = {
  py: 'python',
  pyi: 'python',
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  vue: 'js',
  svelte: 'js',
  astro: 'js',
  go: 'go',
  java: 'java',
  kt: 'java',
  kts: 'java',
  scala: 'java',
  groovy: 'java',
  rb: 'ruby',
  rs: 'rust',
};

const ECOSYSTEM: Record<ImportLanguage, string> = {
  python: 'pypi',
  js: 'npm',
  go: 'go',
  java: 'maven',
  ruby: 'rubygems',
  rust: 'crates',
};

/** Where a module's parent ends: `a.b.c` → `a.b` (Python, Java), `a/b` → `a` (JS, Go, Ruby). */
const SEPARATOR: Record<ImportLanguage, string> = {
  python: '.',
  js: '/',
  go: '/',
  java: '.',
  ruby: '/',
  rust: '::',
};

/** The AI SDK's provider prefixes that are not already catalog vendor ids. */
const GATEWAY_PROVIDERS: Record<string, string> = {
  vertex: 'google',
  'google-vertex': 'google',
  bedrock: 'aws-bedrock',
  'amazon-bedrock': 'aws-bedrock',
  azure: 'azure-openai',
  togetherai: 'together',
  'together-ai': 'together',
};
const GATEWAY_VENDOR = 'vercel-ai-gateway';

export function importLanguage(file: string): ImportLanguage | undefined {
  const dot = file.lastIndexOf('.');
  if (dot === -1 || dot < file.lastIndexOf('/')) return undefined;
  return LANGUAGE_BY_EXTENSION[file.slice(dot + 1).toLowerCase()];
}

/** An import statement found: the module as written and where it stands. */
interface Found {
  module: string;
  /** Offset of the module's first character in the text. */
  at: number;
  /** What a Python `from module import …` takes from it, as written on that line. */
  names?: string;
}

const PYTHON =
  /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import\b([^\n#;]{0,500})|import[ \t]+([^\n#;]{1,500}))/gm;
/** Before a quoted JS module name: the statement that imports it. */
const JS_KEYWORDS = ['from', 'import', 'require'];
const GO_SINGLE = /^[ \t]*import[ \t]+(?:[\w.]{1,100}[ \t]+)?"([^"\n]{1,300})"/gm;
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm;
const GO_BLOCK_LINE = /[ \t]*(?:(?:[\w.]{1,100}[ \t]+)?"([^"\n]{1,300})")?[^\n]*(?:\n|$)/y;
const JAVA = /^[ \t]*import[ \t]+(?:static[ \t]+)?([A-Za-z_][\w.]{0,300})/gm;
const RUBY = /^[ \t]*(?:require|depends_on)[ \t]{0,16}\(?[ \t]{0,16}(['"])([^'"\n]{1,200})\1/gm;
const RUST =
  /^[ \t]*(?:pub(?:\([\w ]{0,32}\))?[ \t]+)?(?:use[ \t]+(?:::)?|extern[ \t]+crate[ \t]+)([A-Za-z_]\w{0,100}(?:::[A-Za-z_]\w{0,100}){0,8})/gm;
/**
 * A `'provider/model'` string where a model is named: `model: '…'`, `id: '…'` in a model table,
 * or the argument of `gateway('…')`, `languageModel('…')`, `model('…')`. Searched after the
 * quote, in the same pass as the module names (see quotedExpression).
 */
const GATEWAY_MODEL_BODY = `([a-z0-9][a-z0-9-]{0,40})\\/([^'"\`\\s\\\\]{1,120})\\1`;
/**
 * What must come right before such a string, tested only where one was found: the quote leads
 * the search (quotes are rarer than letters), so text without quoted paths costs one quick pass.
 */
const MODEL_KEY =
  /(?<![\w$])(?:(?:model|id)[ \t]{0,16}:|(?:gateway|languageModel|model)[ \t]{0,16}\()[ \t]{0,16}$/;
/** Longer than any MODEL_KEY match plus the character its look-behind reads. */
const MODEL_KEY_REACH = 64;

/** A quoted `provider/model` string where a model is named. */
export interface ModelString {
  /** Offset of the opening quote. */
  index: number;
  quote: string;
  provider: string;
  rest: string;
}

/**
 * One expression for every quoted string a JS file is searched for, so the text is scanned once:
 * it stops at a quote (consuming only the quote) where a catalog module name in quotes starts
 * (group 2, as `(['"])(module)\1` would match there) or a quoted `provider/model` string starts
 * (groups 3 and 4, or 5 and 6 where no module matched, as `(['"\`])provider\/rest\1` would).
 * Each search's own rule of going on after a match is applied by quotedStrings.
 */
export function quotedExpression(modules: readonly string[]): RegExp {
  const names = [...modules]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp)
    .join('|');
  const module = `((?:${names})(?:/[^'"\\n\\\\]{0,200})?)\\1`;
  const model = GATEWAY_MODEL_BODY;
  return new RegExp(
    names ? `(['"\`])(?:(?=${module})(?:(?=${model})|)|(?=${model}))` : `(['"\`])()(?=${model})`,
    'g',
  );
}

/**
 * The module names in quotes (each as the search `(['"])(module)\1` alone finds them: from left
 * to right, going on after each) and the quoted `provider/model` strings where a model is named
 * (as `(['"\`])provider\/rest\1` finds them, going on after each that MODEL_KEY precedes, else
 * from the next character), in one pass of `expression` (quotedExpression).
 */
export function quotedStrings(
  text: string,
  expression: RegExp,
): { modules: Found[]; models: ModelString[] } {
  const modules: Found[] = [];
  const models: ModelString[] = [];
  let moduleFrom = 0;
  let modelFrom = 0;
  expression.lastIndex = 0;
  for (let m = expression.exec(text); m; m = expression.exec(text)) {
    const at = m.index;
    const quote = m[1] ?? '';
    const module = m[2];
    if (module && quote !== '`' && at >= moduleFrom) {
      modules.push({ module, at: at + 1 });
      moduleFrom = at + module.length + 2;
    }
    const provider = m[3] ?? m[5];
    const rest = m[4] ?? m[6];
    if (provider !== undefined && rest !== undefined && at >= modelFrom) {
      if (MODEL_KEY.test(text.slice(Math.max(0, at - MODEL_KEY_REACH), at))) {
        models.push({ index: at, quote, provider, rest });
        modelFrom = at + provider.length + rest.length + 3;
      }
    }
  }
  return { modules, models };
}

const MODELS_ONLY = quotedExpression([]);

/** Each `'provider/model'` string where a model is named, in order. */
export function modelStrings(text: string): ModelString[] {
  return quotedStrings(text, MODELS_ONLY).models;
}
/** The Azure clients of the OpenAI SDKs and of LangChain's OpenAI integration. */
const AZURE_CLIENT_SOURCE = '(?:Async)?Azure(?:Chat)?OpenAI(?:Embeddings)?';
/** One of those clients, used anywhere in a file. */
const AZURE_CLIENT = new RegExp(`(?<![\\w$])${AZURE_CLIENT_SOURCE}(?![\\w$])`, 'g');
/** One of those clients, imported by name (`AzureOpenAI`, `AzureOpenAI as Client`). */
const AZURE_CLIENT_NAME = new RegExp(`^${AZURE_CLIENT_SOURCE}(?:[ \\t]+as[ \\t]+\\w+)?$`);

/**
 * `from openai import AzureOpenAI, AsyncAzureOpenAI` (on one line) takes only the Azure clients:
 * the data goes to Azure OpenAI, and the import is no evidence of OpenAI itself.
 */
function azureClientsOnly(names: string | undefined): boolean {
  if (names === undefined) return false;
  const list = names
    .replace(/[()\\]/g, ' ')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((name) => AZURE_CLIENT_NAME.test(name));
}
/** What a model id starts with: keeps `id: 'openai/openai-node'` (a repository) out. */
const MODEL_FAMILY =
  /^(?:gpt|o\d|chatgpt|codex|text-embedding|dall-e|whisper|tts|claude|gemini|gemma|imagen|veo|grok|mistral|mixtral|codestral|magistral|ministral|pixtral|devstral|open-mistral|command|embed|rerank|llama|meta-llama|deepseek|sonar|r1|qwen|kimi|moonshot|glm|nova|titan|jamba|phi|nemotron|accounts\/fireworks)/i;

function all(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) each(m);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A JS module name in quotes is an import when `from`, `import` or `require` stands before it
 * (with at most a parenthesis and a few blanks between), as a word of its own.
 */
function jsImportAt(text: string, quote: number): boolean {
  let i = quote;
  const blanks = () => {
    for (let k = 0; k < 16 && (text[i - 1] === ' ' || text[i - 1] === '\t'); k++) i--;
  };
  blanks();
  if (text[i - 1] === '(') {
    i--;
    blanks();
  }
  return JS_KEYWORDS.some(
    (word) =>
      text.startsWith(word, i - word.length) && !/[\w$.]/.test(text[i - word.length - 1] ?? ''),
  );
}

/**
 * The names of `import { A, B } from '…'` whose quote is at `quote`, as written between the
 * braces; undefined for any other form (a default or namespace import, `require`), and for a
 * statement longer than a few hundred characters.
 */
function jsNamedImports(text: string, quote: number): string | undefined {
  const before = text.slice(Math.max(0, quote - 400), quote);
  const statement = /(?:^|[\s;])import\s*\{([^{}]*)\}\s*from\s*$/.exec(before);
  return statement?.[1];
}

function findImports(language: ImportLanguage, text: string): Found[] {
  const out: Found[] = [];
  switch (language) {
    case 'python':
      all(PYTHON, text, (m) => {
        if (m[1] !== undefined) {
          const at = m.index + m[0].indexOf(m[1], m[0].indexOf('from') + 4);
          out.push({ module: m[1], at, names: m[2] ?? '' });
          return;
        }
        // `import a.b as c, d`: each name up to its `as`.
        const list = m[3] ?? '';
        const listAt = m.index + m[0].length - list.length;
        let offset = 0;
        for (const piece of list.split(',')) {
          const name = /^\s*([A-Za-z_][\w.]*)/.exec(piece);
          if (name?.[1]) {
            out.push({ module: name[1], at: listAt + offset + piece.indexOf(name[1]) });
          }
          offset += piece.length + 1;
        }
      });
      break;
    case 'js':
      // Found with the model strings in one pass (quotedStrings), by the caller.
      break;
    case 'go': {
      all(GO_SINGLE, text, (m) => {
        const module = m[1] ?? '';
        out.push({ module, at: m.index + m[0].length - module.length - 1 });
      });
      all(GO_BLOCK, text, (m) => {
        // The block's lines, until the one that closes it.
        let pos = m.index + m[0].length;
        for (;;) {
          GO_BLOCK_LINE.lastIndex = pos;
          const line = GO_BLOCK_LINE.exec(text);
          if (!line || line[0].length === 0) break;
          if (line[1] !== undefined) {
            const quote = line[0].indexOf(`"${line[1]}"`);
            out.push({ module: line[1], at: pos + quote + 1 });
          }
          if (/^[ \t]*\)/.test(line[0])) break;
          pos += line[0].length;
        }
        GO_BLOCK.lastIndex = Math.max(GO_BLOCK.lastIndex, pos);
      });
      break;
    }
    case 'java':
      all(JAVA, text, (m) => {
        const module = (m[1] ?? '').replace(/\.$/, '');
        out.push({ module, at: m.index + m[0].length - (m[1] ?? '').length });
      });
      break;
    case 'ruby':
      all(RUBY, text, (m) => {
        const module = m[2] ?? '';
        out.push({ module, at: m.index + m[0].length - module.length - 1 });
      });
      break;
    case 'rust':
      all(RUST, text, (m) => {
        const module = m[1] ?? '';
        out.push({ module, at: m.index + m[0].length - module.length });
      });
      break;
  }
  return out;
}

export interface ImportMatcher {
  /**
   * The file's import evidence. `heard`, when given, is told each catalog `notImports` module the
   * file imports (or imports below): what a package was taken for, when not its vendor.
   */
  match(
    file: string,
    text: string,
    context: EvidenceContext,
    heard?: (notImport: NotImportSignature) => void,
  ): Evidence[];
}

/** A Go major-version path element (`/v2`, `/v3`…): `…/openai-go/v3/azure` is `…/openai-go/azure`. */
const GO_MAJOR_VERSION = /\/v(?:[2-9]|[1-9]\d+)(?=\/|$)/g;

/**
 * The key a module is looked up by: Go import paths compare without letter case and without
 * major-version elements, so a catalog module names its package in every major version.
 */
function moduleKey(language: ImportLanguage, module: string): string {
  return language === 'go' ? module.toLowerCase().replace(GO_MAJOR_VERSION, '') : module;
}

export function buildImportMatcher(catalog: Catalog): ImportMatcher {
  // Per language, module key → vendors; an empty list is a `notImports` module: no vendor, and
  // the walk up to its parents stops there.
  const byLanguage = new Map<ImportLanguage, Map<string, string[]>>();
  const modulesOf = (language: ImportLanguage) => {
    const modules = byLanguage.get(language) ?? new Map<string, string[]>();
    byLanguage.set(language, modules);
    return modules;
  };
  for (const { language, module, vendor } of catalog.imports ?? []) {
    const modules = modulesOf(language);
    const key = moduleKey(language, module);
    modules.set(key, [...(modules.get(key) ?? []), vendor]);
  }
  const notImports = new Map<string, NotImportSignature>();
  for (const notImport of catalog.notImports ?? []) {
    const key = moduleKey(notImport.language, notImport.module);
    modulesOf(notImport.language).set(key, []);
    notImports.set(`${notImport.language}\0${key}`, notImport);
  }
  // The JS module names, and `ai` (the AI SDK, for the gateway), each with any subpath.
  const jsModules = [
    ...[...(byLanguage.get('js') ?? [])]
      .filter(([, vendors]) => vendors.length > 0)
      .map(([m]) => m),
    'ai',
  ];
  const jsQuoted = quotedExpression(jsModules);
  const vendorIds = new Set([
    ...catalogVendorIds(),
    ...(catalog.imports?.map((i) => i.vendor) ?? []),
  ]);

  /**
   * Vendors of a module or of its nearest parent module the catalog names (none when that is a
   * `notImports` module): one map lookup per path element.
   */
  const lookup = (
    language: ImportLanguage,
    module: string,
    heard?: (notImport: NotImportSignature) => void,
  ): string[] => {
    const modules = byLanguage.get(language);
    if (!modules) return [];
    const separator = SEPARATOR[language];
    let name = moduleKey(language, module);
    for (;;) {
      const vendors = modules.get(name);
      if (vendors) {
        if (vendors.length === 0 && heard) {
          const notImport = notImports.get(`${language}\0${name}`);
          if (notImport) heard(notImport);
        }
        return [...new Set(vendors)].sort();
      }
      const cut = name.lastIndexOf(separator);
      if (cut <= 0) return [];
      name = name.slice(0, cut);
    }
  };

  return {
    match(file, text, context, heard) {
      const language = importLanguage(file);
      if (!language) return [];
      // A JS file: the module names in quotes and the model strings, in one pass; a module
      // name is an import where a statement stands before it.
      const quoted = language === 'js' ? quotedStrings(text, jsQuoted) : null;
      const found = (
        quoted
          ? quoted.modules
              .filter(({ at }) => jsImportAt(text, at - 1))
              .map((item) => ({ ...item, names: jsNamedImports(text, item.at - 1) }))
          : findImports(language, text)
      ).sort((a, b) => a.at - b.at);
      if (found.length === 0 && language !== 'js') return [];
      const out: Evidence[] = [];
      const lines = lineIndex(text);
      const push = (vendor: string, name: string, at: number) => {
        const { line, column } = lines(at);
        out.push({
          vendor,
          kind: 'import',
          ecosystem: ECOSYSTEM[language],
          name,
          file,
          line,
          column,
          endColumn: column + name.length,
          direct: true,
          context,
        });
      };
      let importsGateway = false;
      let importsOpenAi = false;
      for (const { module, at, names } of found) {
        let vendors = lookup(language, module, heard);
        if (vendors.includes('openai') && azureClientsOnly(names)) {
          vendors = [...new Set(vendors.map((v) => (v === 'openai' ? 'azure-openai' : v)))].sort();
        }
        if (language === 'js' && (module === 'ai' || module.startsWith('ai/'))) {
          importsGateway = true;
        }
        if (vendors.includes(GATEWAY_VENDOR)) importsGateway = true;
        if (vendors.includes('openai')) importsOpenAi = true;
        for (const vendor of vendors) push(vendor, module, at);
      }
      if (importsOpenAi && (language === 'js' || language === 'python')) {
        // The OpenAI SDKs (and LangChain's OpenAI package) reach Azure OpenAI through their
        // Azure clients: `from openai import AzureOpenAI` sends the data to Azure, not OpenAI.
        AZURE_CLIENT.lastIndex = 0;
        const azure = AZURE_CLIENT.exec(text);
        if (azure) push('azure-openai', azure[0], azure.index);
      }
      if (quoted) {
        // A `'provider/model'` string names the provider that serves the model, whichever router
        // carries the request; in a file that imports the AI SDK or its gateway, that router is
        // the Vercel AI Gateway. A model table (`id: 'anthropic/claude-…'`) counts too.
        for (const { index, provider, rest } of quoted.models) {
          const vendor =
            GATEWAY_PROVIDERS[provider] ?? (vendorIds.has(provider) ? provider : undefined);
          if (!importsGateway && (!vendor || !MODEL_FAMILY.test(rest))) continue;
          const model = `${provider}/${rest}`;
          const at = index + 1;
          if (importsGateway) push(GATEWAY_VENDOR, model, at);
          if (vendor && vendor !== GATEWAY_VENDOR) push(vendor, model, at);
        }
      }
      return out;
    },
  };
}

/**
 * Line and column of offsets given in increasing order (as the matches come), each line break
 * passed over once; an offset behind the last one starts again from the top.
 */
function lineIndex(text: string): (at: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  let last = 0;
  return (at) => {
    if (at < last) {
      line = 1;
      lineStart = 0;
      nextBreak = text.indexOf('\n');
    }
    last = at;
    while (nextBreak !== -1 && nextBreak < at) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    return { line, column: at - lineStart + 1 };
  };
}
