// The schemas are the one definition of the registry, manifest and record formats. At build
// time this script derives everything else from them, so nothing can drift:
//   1. the registry schema's waiver `rule` enum, from RULE_IDS in src/model.ts;
//   2. standalone validators (src/load/generated/validators.js and record-validator.js), so
//      the CLI and the action start without compiling schemas (or shipping Ajv's compiler);
//   3. TypeScript types (src/load/generated/{registry,manifest,record}.ts), which src/model.ts
//      re-exports and the validators' type guards narrow to.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import * as prettier from 'prettier';
import ts from 'typescript';

const at = (relative) => new URL(`../${relative}`, import.meta.url);
const generated = (name) => at(`src/load/generated/${name}`);

/** The rule ids, read from the `RULE_IDS` array literal in src/model.ts (its AST, not a regex). */
function ruleIds() {
  const file = ts.createSourceFile('model.ts', readFileSync(at('src/model.ts'), 'utf8'), 99);
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(file) !== 'RULE_IDS') continue;
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) {
        init = init.expression;
      }
      if (init && ts.isArrayLiteralExpression(init)) {
        const ids = init.elements.map((element) => {
          if (!ts.isStringLiteral(element)) throw new Error('RULE_IDS holds a non-literal');
          return element.text;
        });
        if (ids.length > 0) return ids;
      }
    }
  }
  throw new Error('src/model.ts has no `export const RULE_IDS = [...] as const`');
}

async function writeJson(url, value) {
  // Expanded first: prettier then keeps objects expanded and fits arrays, as the file is written.
  const text = await prettier.format(JSON.stringify(value, null, 2), {
    ...(await prettier.resolveConfig(url.pathname)),
    parser: 'json',
  });
  writeIfChanged(url, text);
}

function writeIfChanged(url, text) {
  let old;
  try {
    old = readFileSync(url, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) writeFileSync(url, text);
}

const schemas = {};
for (const kind of ['manifest', 'registry', 'record']) {
  schemas[kind] = JSON.parse(readFileSync(at(`schemas/${kind}.schema.json`), 'utf8'));
}

// 1. A waiver names a rule the gate has: a typo such as `review-stal` is a located error.
const waiverRule = schemas.registry.$defs?.waiver?.properties?.rule;
if (!waiverRule) throw new Error('registry schema: $defs.waiver.properties.rule not found');
schemas.registry.$defs.waiver.properties.rule = {
  enum: ruleIds(),
  description: 'The rule id it waives (generated from the rule table: any rule the gate has).',
};
if (JSON.stringify(waiverRule) !== JSON.stringify(schemas.registry.$defs.waiver.properties.rule)) {
  await writeJson(at('schemas/registry.schema.json'), schemas.registry);
}

// 2. Validators, in two files: the registry's and the manifest's, which every `check` loads,
// and the record's, which only the history commands need (loading code is start-up time).
const VALIDATOR_FILES = {
  validators: { manifest: 'validateManifest', registry: 'validateRegistry' },
  'record-validator': { record: 'validateRecord' },
};
const TYPE_OF = {
  validateManifest: ['Manifest', 'manifest'],
  validateRegistry: ['Registry', 'registry'],
  validateRecord: ['GateRecordDocument', 'record'],
};
for (const [file, names] of Object.entries(VALIDATOR_FILES)) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    unicode: false,
    logger: false,
    // Neither each error's schema and data (`verbose`) nor its English message: src/load/schema.ts
    // writes every sentence itself, from the keyword, its parameters and the schema. Together
    // they were a quarter of the code every `check` loads and compiles at start-up.
    verbose: false,
    messages: false,
    // One function per definition, called where it is referenced: inlining each `$ref` copied
    // the same checks into every place that uses them, and start-up compiles every copy.
    inlineRefs: false,
    code: { source: true, esm: true, lines: false },
  });
  const refs = {};
  for (const [kind, fn] of Object.entries(names)) {
    ajv.addSchema(schemas[kind], kind);
    refs[fn] = kind;
  }
  const code = standaloneCode(ajv, refs);
  // Ajv's ESM output still require()s runtime helpers; `unicode: false` avoids the only one we'd need.
  if (code.includes('require(')) throw new Error('standalone validators need a runtime require()');
  mkdirSync(generated(''), { recursive: true });
  writeIfChanged(
    generated(`${file}.js`),
    `// Generated by scripts/compile-schemas.mjs from schemas/*.schema.json. Do not edit.\n${code}\n`,
  );
  writeIfChanged(
    generated(`${file}.d.ts`),
    '// Generated by scripts/compile-schemas.mjs. Do not edit.\n' +
      "import type { ValidateFunction } from 'ajv';\n" +
      Object.values(names)
        .map((fn) => `import type { ${TYPE_OF[fn][0]} } from './${TYPE_OF[fn][1]}.js';\n`)
        .join('') +
      Object.values(names)
        .map((fn) => `export declare const ${fn}: ValidateFunction<${TYPE_OF[fn][0]}>;\n`)
        .join(''),
  );
}

// 3. Types. Named types come from this table of JSON pointers (a pointer that no longer exists
// fails the build); everything else is inlined where it is used.
const TYPE_NAMES = {
  manifest: {
    '': 'Manifest',
    '/properties/vendors/items': 'ManifestEntry',
    '/properties/vendors/items/properties/dataClassification': 'Classification',
    '/properties/vendors/items/properties/accounts': 'Accounts',
  },
  registry: {
    '': 'Registry',
    '/properties/defaults': 'RegistryDefaults',
    '/$defs/vendor': 'Vendor',
    '/$defs/vendor/properties/status': 'VendorStatus',
    '/$defs/vendor/properties/review': 'Review',
    '/$defs/vendor/properties/changes/items': 'VendorChange',
    '/$defs/vendor/properties/profile': 'VendorProfile',
    '/$defs/vendor/properties/profile/properties/retention': 'Retention',
    '/$defs/vendor/properties/profile/properties/certifications/items': 'Certification',
    '/$defs/vendor/properties/findings/items': 'ReviewFinding',
    '/$defs/vendor/properties/products/additionalProperties': 'Product',
    '/$defs/vendor/properties/products/additionalProperties/properties/status': 'ProductStatus',
    '/$defs/vendor/properties/products/additionalProperties/properties/maxClassification':
      'ProductClassification',
    '/$defs/vendor/properties/conditions/items': 'Condition',
    '/$defs/vendor/properties/conditions/items/properties/check': 'ConditionCheck',
    '/$defs/vendor/properties/conditions/items/properties/appliesTo': 'AppliesTo',
    '/$defs/vendor/properties/attestations/additionalProperties': 'Attestation',
    '/$defs/vendor/properties/detect': 'DetectExtension',
    '/$defs/waiver': 'Waiver',
    '/$defs/waiver/properties/rule': 'WaivedRuleId',
  },
  record: {
    '': 'GateRecordDocument',
    '/properties/findings/items': 'RecordFinding',
    '/properties/reviewsDue/items': 'RecordDueItem',
  },
};

function titled(schema, table) {
  const copy = structuredClone(schema);
  for (const [pointer, name] of Object.entries(table)) {
    let node = copy;
    for (const part of pointer.split('/').slice(1)) {
      node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (!node || typeof node !== 'object') throw new Error(`no schema at ${pointer}`);
    node.title = name;
  }
  // "Exactly one of" written as oneOf branches that only list `required` has no TypeScript
  // counterpart short of a union of partial types; the type keeps both properties optional.
  (function dropRequiredOnlyOneOf(node) {
    if (!node || typeof node !== 'object') return;
    if (
      Array.isArray(node.oneOf) &&
      node.oneOf.every((branch) => Object.keys(branch).every((key) => key === 'required'))
    ) {
      delete node.oneOf;
    }
    for (const value of Object.values(node)) dropRequiredOnlyOneOf(value);
  })(copy);
  // Other titles would name types too; only the table's names are wanted.
  (function strip(node, keep) {
    if (Array.isArray(node)) return node.forEach((item) => strip(item, false));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'title' && typeof value === 'string' && !keep.has(node)) delete node.title;
      else if (key === 'properties' && value && typeof value === 'object') {
        // Property names (a property may be called "title") are not keywords.
        for (const property of Object.values(value)) strip(property, keep);
      } else strip(value, keep);
    }
  })(copy, new Set(Object.keys(table).map((pointer) => resolve(copy, pointer))));
  return copy;
}

function resolve(root, pointer) {
  let node = root;
  for (const part of pointer.split('/').slice(1)) node = node[part];
  return node;
}

const prettierConfig = await prettier.resolveConfig(at('src/model.ts').pathname);
for (const kind of Object.keys(TYPE_NAMES)) {
  const source = await compile(titled(schemas[kind], TYPE_NAMES[kind]), TYPE_NAMES[kind][''], {
    bannerComment: `// Generated by scripts/compile-schemas.mjs from schemas/${kind}.schema.json. Do not edit.`,
    additionalProperties: false,
    strictIndexSignatures: false, // as Record<string, T>: tsconfig leaves index access unchecked
    unknownAny: true,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    ignoreMinAndMaxItems: true,
    format: false,
  });
  writeIfChanged(
    generated(`${kind}.ts`),
    await prettier.format(source, { ...prettierConfig, parser: 'typescript' }),
  );
}
