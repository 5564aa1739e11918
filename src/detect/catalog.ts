// The built-in vendor catalog (catalog.json: data, not code) and the lookups the readers use,
// extended by the registry's `detect:` blocks.
import type { DetectExtension } from '../model.js';
import catalogData from './catalog.json' with { type: 'json' };

export const ECOSYSTEMS = [
  'npm',
  'pypi',
  'go',
  'maven',
  'nuget',
  'rubygems',
  'crates',
  'composer',
] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** Languages whose source imports name a vendor's SDK or integration package (SPEC section 9). */
export const IMPORT_LANGUAGES = ['python', 'js', 'go', 'java', 'ruby', 'rust'] as const;
export type ImportLanguage = (typeof IMPORT_LANGUAGES)[number];

/**
 * A module that, imported in source, is evidence of a vendor: a Python module (`langchain_aws`,
 * `google.genai`), a JS package, a Go import path, a Java package prefix (`com.anthropic`), a
 * Ruby `require` name or a Rust crate path (`async_openai`).
 */
export interface ImportSignature {
  language: ImportLanguage;
  module: string;
  vendor: string;
}

export interface CatalogVendorData {
  name: string;
  intermediary?: boolean;
  selfHosted?: boolean;
  packages: Partial<Record<Ecosystem, string[]>>;
  /** Module names that package names do not give (Python modules, Java packages, requires). */
  imports?: Partial<Record<ImportLanguage, string[]>>;
  hosts: string[];
  env: string[];
  actions: string[];
  /** The action counts for this vendor instead when the step sets this input to true. */
  actionInputs?: { action: string; input: string }[];
  sources: { url: string; confirms: string }[];
}

/**
 * A module that is no evidence of any vendor although a parent module is (`langchain_aws.graphs`,
 * Amazon Neptune, below `langchain_aws`, Amazon Bedrock): an import of it, or of a module below
 * it, names no vendor unless the catalog names that module or one between them.
 */
export interface NotImportSignature {
  language: ImportLanguage;
  module: string;
  /** The package that ships the module (see catalog.schema.json). */
  package: { ecosystem: Ecosystem; name: string };
}

export interface CatalogData {
  version: 1;
  ignoreTransitive: { ecosystem: Ecosystem; name: string; reason: string }[];
  notImports?: (NotImportSignature & { reason: string; source: string })[];
  /** OpenAI packages that also ship Azure OpenAI's clients (see the schema). */
  azureClientsIn?: { packages: Partial<Record<'pypi' | 'npm', string[]>>; sources: string[] };
  vendors: Record<string, CatalogVendorData>;
}

export const CATALOG = catalogData as CatalogData;

/** A host signature: `*` stands for one or more DNS-label characters (or a placeholder). */
export interface HostSignature {
  vendor: string;
  pattern: string;
}

export interface EnvSignature {
  vendor: string;
  name: string;
}

/** The lookups every reader gets: built once per scan. */
export interface Catalog {
  /** Vendors of a package, matched with the ecosystem's name rules. */
  packageVendors(ecosystem: Ecosystem, name: string): string[];
  /** Names of the same package compare equal after this (PEP 503 for PyPI, and so on). */
  normalize(ecosystem: Ecosystem, name: string): string;
  /** A package whose transitive presence is not evidence (see catalog.json). */
  ignoresTransitive(ecosystem: Ecosystem, name: string): boolean;
  /** Vendors a workflow step that uses `action` with these inputs sends data to. */
  actionVendors(action: string, inputs: Record<string, unknown>): string[];
  hosts: HostSignature[];
  env: EnvSignature[];
  /** Explicit `imports` of the catalog plus those package names give; sorted, no duplicates. */
  imports: readonly ImportSignature[];
  /** The catalog's `notImports`: modules that stop the walk up to a parent module; sorted. */
  notImports: readonly NotImportSignature[];
  /** Whether this package ships Azure OpenAI's clients too (the catalog's `azureClientsIn`). */
  shipsAzureClients(ecosystem: Ecosystem, name: string): boolean;
  /** Whether an import evidence name is one of those packages' modules, or below one. */
  isAzureClientsModule(module: string): boolean;
}

/** One key per package of an ecosystem, its name normalized as that registry compares names. */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}\0${normalizePackage(ecosystem, name)}`;
}

export function normalizePackage(ecosystem: Ecosystem, name: string): string {
  const trimmed = name.trim();
  switch (ecosystem) {
    case 'pypi': {
      // PEP 503, keeping a `[extra]` suffix (normalized alike) for catalog entries such as
      // `anthropic[bedrock]`.
      const match = /^([^[]+)(\[.*\])?$/.exec(trimmed);
      const base = (match?.[1] ?? trimmed).toLowerCase().replace(/[-_.]+/g, '-');
      const extra = match?.[2] ? match[2].toLowerCase().replace(/[-_.]+/g, '-') : '';
      return base + extra;
    }
    case 'go':
      // Major-version suffixes name the same module: .../cohere-go/v2 is .../cohere-go.
      return trimmed.toLowerCase().replace(/\/v\d+$/, '');
    case 'crates':
      return trimmed.toLowerCase().replace(/_/g, '-');
    case 'npm':
      return trimmed;
    default:
      return trimmed.toLowerCase();
  }
}

/**
 * The import a package name gives where the ecosystem makes them the same: npm names are JS
 * module names, Go module paths are import paths, crate `a-b` is imported as `a_b`. PyPI and
 * RubyGems names often differ from what code imports (`google-genai` is `google.genai`,
 * `ruby-openai` is `require "openai"`), and some are imported for other reasons
 * (`huggingface_hub` downloads models): those are listed explicitly in catalog.json.
 */
function derivedImport(ecosystem: Ecosystem, name: string): [ImportLanguage, string] | undefined {
  const trimmed = name.trim();
  if (!trimmed || trimmed.includes('[')) return undefined; // `anthropic[bedrock]`: an extra
  switch (ecosystem) {
    case 'npm':
      return ['js', trimmed];
    case 'go':
      return ['go', trimmed];
    case 'crates':
      return ['rust', trimmed.replace(/-/g, '_')];
    default:
      return undefined;
  }
}

const TRUE = new Set(['true', 'yes', 'on', '1']);

function truthy(value: unknown): boolean {
  return value === true || (typeof value === 'string' && TRUE.has(value.trim().toLowerCase()));
}

/** What one vendor adds: the catalog's entry, or a registry's `detect:` block. */
type Signatures = Partial<Record<Ecosystem, readonly string[]>> & {
  imports?: Partial<Record<ImportLanguage, readonly string[]>>;
  hosts?: readonly string[];
  env?: readonly string[];
  actions?: readonly string[];
};

export function buildCatalog(extensions: Record<string, DetectExtension> = {}): Catalog {
  const packages = new Map<string, Set<string>>();
  const hosts: HostSignature[] = [];
  const env: EnvSignature[] = [];
  const actions = new Map<string, Set<string>>();
  const actionInputs: { action: string; input: string; vendor: string }[] = [];
  const imports = new Map<string, ImportSignature>();
  const addImport = (language: ImportLanguage, module: string, vendor: string) => {
    const trimmed = module.trim();
    if (!trimmed) return;
    imports.set(`${language}\0${trimmed}\0${vendor}`, { language, module: trimmed, vendor });
  };
  const addPackage = (ecosystem: Ecosystem, name: string, vendor: string) => {
    const key = packageKey(ecosystem, name);
    const set = packages.get(key) ?? new Set<string>();
    set.add(vendor);
    packages.set(key, set);
  };
  const addAction = (action: string, vendor: string) => {
    const key = action.trim().toLowerCase();
    const set = actions.get(key) ?? new Set<string>();
    set.add(vendor);
    actions.set(key, set);
  };
  const add = (vendor: string, source: Signatures) => {
    for (const ecosystem of ECOSYSTEMS) {
      for (const name of source[ecosystem] ?? []) {
        addPackage(ecosystem, name, vendor);
        const derived = derivedImport(ecosystem, name);
        if (derived) addImport(derived[0], derived[1], vendor);
      }
    }
    for (const language of IMPORT_LANGUAGES) {
      for (const module of source.imports?.[language] ?? []) addImport(language, module, vendor);
    }
    for (const pattern of source.hosts ?? []) hosts.push({ vendor, pattern: pattern.trim() });
    for (const name of source.env ?? []) env.push({ vendor, name: name.trim() });
    for (const action of source.actions ?? []) addAction(action, vendor);
  };
  for (const [id, vendor] of Object.entries(CATALOG.vendors)) {
    add(id, {
      ...vendor.packages,
      imports: vendor.imports,
      hosts: vendor.hosts,
      env: vendor.env,
      actions: vendor.actions,
    });
    for (const route of vendor.actionInputs ?? []) {
      actionInputs.push({ action: route.action.toLowerCase(), input: route.input, vendor: id });
    }
  }
  for (const id of Object.keys(extensions).sort()) add(id, extensions[id] ?? {});
  const ignored = new Set(CATALOG.ignoreTransitive.map((i) => packageKey(i.ecosystem, i.name)));

  const azureClientsIn = CATALOG.azureClientsIn?.packages ?? {};
  const azurePackages = new Set(
    (['pypi', 'npm'] as const).flatMap((ecosystem) =>
      (azureClientsIn[ecosystem] ?? []).map((name) => packageKey(ecosystem, name)),
    ),
  );
  // Their modules as import evidence names them: a Python module is the name with `_` for `-`.
  const azureModules = new Set([
    ...(azureClientsIn.pypi ?? []).map((name) => name.trim().replace(/-/g, '_')),
    ...(azureClientsIn.npm ?? []).map((name) => name.trim()),
  ]);

  return {
    normalize: normalizePackage,
    shipsAzureClients(ecosystem, name) {
      return azurePackages.has(packageKey(ecosystem, name));
    },
    isAzureClientsModule(module) {
      // `openai`, `openai.lib.azure`, `@langchain/openai/chat_models`: the module or one below it.
      return [...azureModules].some(
        (name) => module === name || module.startsWith(`${name}.`) || module.startsWith(`${name}/`),
      );
    },
    packageVendors(ecosystem, name) {
      const found = packages.get(packageKey(ecosystem, name));
      return found ? [...found].sort() : [];
    },
    ignoresTransitive(ecosystem, name) {
      return ignored.has(packageKey(ecosystem, name));
    },
    actionVendors(action, inputs) {
      const key = action.trim().toLowerCase();
      const routed = actionInputs
        .filter((route) => route.action === key && truthy(inputs[route.input]))
        .map((route) => route.vendor);
      if (routed.length > 0) return [...new Set(routed)].sort();
      return [...(actions.get(key) ?? [])].sort();
    },
    hosts,
    env,
    imports: [...imports.values()].sort(compareImports),
    notImports: [
      ...new Map(
        (CATALOG.notImports ?? []).map(({ language, module, package: shipper }) => [
          `${language}\0${module.trim()}`,
          { language, module: module.trim(), package: shipper },
        ]),
      ).values(),
    ].sort(compareModules),
  };
}

function compareModules(
  a: Pick<NotImportSignature, 'language' | 'module'>,
  b: Pick<NotImportSignature, 'language' | 'module'>,
): number {
  for (const key of ['language', 'module'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

function compareImports(a: ImportSignature, b: ImportSignature): number {
  return compareModules(a, b) || (a.vendor === b.vendor ? 0 : a.vendor < b.vendor ? -1 : 1);
}

let builtIn: Catalog | undefined;

/** The catalog without registry extensions, built once. */
export function defaultCatalog(): Catalog {
  builtIn ??= buildCatalog();
  return builtIn;
}

export function catalogVendor(
  id: string,
): { id: string; name: string; intermediary: boolean; selfHosted: boolean } | undefined {
  const vendor = Object.hasOwn(CATALOG.vendors, id) ? CATALOG.vendors[id] : undefined;
  if (!vendor) return undefined;
  return {
    id,
    name: vendor.name,
    intermediary: vendor.intermediary === true,
    selfHosted: vendor.selfHosted === true,
  };
}

export function catalogVendorIds(): string[] {
  return Object.keys(CATALOG.vendors).sort();
}
