// A generated organization for the fake GitHub: every repository exists both as files served
// by the fake (tarballs) and as a folder on disk, so a test can compare what `org sweep` says
// with what `check` says on the same tree.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FakeGitHub } from './fake-github.js';

export const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
export const REGISTRY = path.join(EXAMPLES, 'registry.yml');

async function readTree(dir: string, prefix = ''): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(files, await readTree(dir, rel));
    else if (entry.isFile()) files[rel] = await readFile(path.join(dir, rel), 'utf8');
  }
  return files;
}

export async function writeTree(
  dir: string,
  files: Record<string, string | Buffer>,
): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, ...rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** Generated repository number `i`: a mix of compliant, undeclared and AI-free trees. */
export function generatedFiles(i: number): Record<string, string> {
  switch (i % 4) {
    case 0:
      return {
        'package.json': JSON.stringify({
          name: `svc-${i}`,
          dependencies: { '@anthropic-ai/sdk': '^0.68.0' },
        }),
        'src/index.ts': `import Anthropic from '@anthropic-ai/sdk';\nexport const client = new Anthropic();\n`,
        '.github/ai-vendors.yml': `version: 1\nowner: team-${i}\ndataResidency: [us]\nvendors:\n  - vendor: anthropic\n    product: api\n    purpose: Summaries for service ${i}\n    dataClassification: internal\n`,
      };
    case 1:
      return {
        'requirements.txt': 'openai==1.40.0\nrequests\n',
        'app.py': 'import openai\nclient = openai.OpenAI()\n',
      };
    case 2:
      return { 'README.md': `# Service ${i}\nNo AI here.\n`, 'main.go': 'package main\n' };
    default:
      return {
        '.github/ai-vendors.yml': `version: 1\nowner: team-${i}\nvendors: []\n`,
        'index.js': 'console.log("hello")\n',
      };
  }
}

export interface OrgFixture {
  /** full name → folder holding the same tree. */
  trees: Map<string, string>;
  archived: string[];
}

/**
 * The organization `org`: the example repositories, `generated` generated ones, one archived
 * repository and one with a hostile name in its manifest.
 */
export async function buildOrg(
  fake: FakeGitHub,
  org: string,
  dir: string,
  generated: number,
): Promise<OrgFixture> {
  const trees = new Map<string, string>();
  const add = async (name: string, files: Record<string, string>, archived = false) => {
    fake.addRepo(`${org}/${name}`, { files, archived });
    if (archived) return;
    const tree = path.join(dir, name);
    await writeTree(tree, files);
    trees.set(`${org}/${name}`, tree);
  };
  for (const example of ['compliant-service', 'support-bot', 'iso-business-unit']) {
    await add(example, await readTree(path.join(EXAMPLES, example)));
  }
  for (let i = 0; i < generated; i++)
    await add(`gen-${String(i).padStart(4, '0')}`, generatedFiles(i));
  await add('old-experiment', { 'package.json': '{"dependencies":{"openai":"^4"}}' }, true);
  await add('hostile', {
    '.github/ai-vendors.yml':
      'version: 1\nowner: "<img src=x onerror=alert(1)> @everyone ::error::x"\nvendors:\n  - vendor: evil-vendor\n    product: api\n    purpose: "[click](https://evil.example) <b>x</b>"\n    dataClassification: internal\n',
    'package.json': '{"dependencies":{"openai":"^4"}}',
    'src/"><img src=x onerror=alert(1)>.js': 'fetch("https://api.openai.com/v1/chat")\n',
  });
  return { trees, archived: [`${org}/old-experiment`] };
}
