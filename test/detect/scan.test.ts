import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan, summarizeVendors } from '../../src/detect/index.js';
import type { Evidence } from '../../src/model.js';
import { brief, fixture, tree } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});
function make(files: Record<string, string | Buffer>): string {
  const made = tree(files);
  cleanups.push(made.cleanup);
  return made.root;
}
const found = async (root: string, options?: Parameters<typeof scan>[1]) =>
  (await scan(root, options)).evidence;
const at = (evidence: Evidence[]) =>
  evidence.map((e) => `${e.file}:${e.line} ${e.vendor} ${e.kind} ${e.name}`);

const MONOREPO: Record<string, string> = {
  'package.json': JSON.stringify(
    { name: 'mono', private: true, workspaces: ['apps/*'], devDependencies: { turbo: '^2' } },
    null,
    2,
  ),
  'yarn.lock': fixture('yarn-v1.lock'),
  'apps/web/package.json': JSON.stringify(
    { name: 'web', dependencies: { replicate: '^0.34.1', '@mistralai/mistralai': '^1.3.0' } },
    null,
    2,
  ),
  'apps/web/src/client.ts': [
    "import Replicate from 'replicate';",
    'export const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });',
  ].join('\n'),
  'tools/pnpm-lock.yaml': fixture('pnpm-lock-v9.yaml.txt'),
  'services/triage/pyproject.toml': fixture('pyproject.toml'),
  'services/triage/uv.lock': fixture('uv.lock'),
  'services/summarizer/poetry.lock': fixture('poetry.lock'),
  'services/summarizer/pyproject.toml':
    '[tool.poetry.dependencies]\npython = "^3.11"\nlangchain-openai = "^0.1"\nopenai = "^1.40"\n',
  'cli/go.mod': fixture('go.mod'),
  'jvm/pom.xml': fixture('pom.xml'),
  'dotnet/App.csproj': fixture('App.csproj'),
  'ruby/Gemfile': fixture('Gemfile'),
  'ruby/Gemfile.lock': fixture('Gemfile.lock'),
  'rust/Cargo.toml': fixture('Cargo.toml'),
  'rust/Cargo.lock': fixture('Cargo.lock'),
  '.github/workflows/review.yml': fixture('workflow.yml.txt'),
  'docs/setup.md': 'Export `XAI_API_KEY` to try Grok.\n',
};

describe('scan', () => {
  it('reads a monorepo with several lockfile kinds', async () => {
    const evidence = await found(make(MONOREPO));
    const vendors = summarizeVendors(evidence);
    expect(vendors.map((v) => `${v.vendor}${v.direct ? '' : ' (weak)'}`)).toEqual([
      'anthropic',
      'aws-bedrock',
      'azure-openai',
      'cohere',
      'google',
      'groq',
      'mistral',
      'ollama',
      'openai',
      'replicate',
      'together (weak)',
      'xai (weak)',
    ]);
    const items = at(evidence);
    // yarn 1 cannot tell direct from transitive: the package.json below it declares replicate.
    expect(evidence.find((e) => e.file === 'yarn.lock' && e.name === 'replicate')?.direct).toBe(
      true,
    );
    expect(evidence.find((e) => e.file === 'yarn.lock' && e.name === 'together-ai')?.direct).toBe(
      false,
    );
    // poetry.lock: openai is declared by the pyproject.toml beside it.
    expect(
      evidence.find((e) => e.file === 'services/summarizer/poetry.lock' && e.name === 'openai')
        ?.direct,
    ).toBe(true);
    // Transitive packages that frameworks pull in for other reasons are not evidence.
    expect(items.some((i) => i.includes('@ai-sdk/gateway'))).toBe(false);
    expect(items.some((i) => i.includes('huggingface-hub'))).toBe(false);
    expect(items).toContain(
      '.github/workflows/review.yml:23 aws-bedrock workflow anthropics/claude-code-action',
    );
    expect(items).toContain('apps/web/src/client.ts:2 replicate env REPLICATE_API_TOKEN');
    expect(evidence.find((e) => e.vendor === 'xai')).toMatchObject({
      file: 'docs/setup.md',
      line: 1,
      context: 'docs',
    });
    // Lockfiles are read by their readers only, never by the text matcher.
    expect(
      evidence.filter((e) => e.file.endsWith('.lock')).every((e) => e.kind === 'dependency'),
    ).toBe(true);
  });

  it('honours .gitignore files at every level when the root is not a git work tree', async () => {
    const root = make({
      '.gitignore': 'secret/\n*.local.ts\n',
      'secret/keys.ts': 'OPENAI_API_KEY',
      'src/dev.local.ts': 'GROQ_API_KEY',
      'src/app.ts': 'ANTHROPIC_API_KEY',
      'pkg/.gitignore': 'generated.ts\n',
      'pkg/generated.ts': 'MISTRAL_API_KEY',
      'pkg/kept.ts': 'CO_API_KEY',
      'node_modules/openai/index.js': 'https://api.openai.com',
    });
    expect(brief(await found(root))).toEqual([
      'anthropic ANTHROPIC_API_KEY@1 direct',
      'cohere CO_API_KEY@1 direct',
      // A node_modules the tree does not ignore is read, at its context.
      'openai api.openai.com@1 direct vendored',
    ]);
  });

  it('lists files with git when the root is a work tree', async () => {
    const root = make({
      '.gitignore': 'ignored.ts\n',
      'ignored.ts': 'OPENAI_API_KEY',
      'tracked.ts': 'ANTHROPIC_API_KEY',
      'untracked.ts': 'GROQ_API_KEY',
    });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (git('init', '-q').status !== 0) return; // no git here: the walk is tested above
    git('add', 'tracked.ts', '.gitignore');
    expect(brief(await found(root))).toEqual([
      'anthropic ANTHROPIC_API_KEY@1 direct',
      'groq GROQ_API_KEY@1 direct',
    ]);
  });

  it('reads a conflicted file once, though git lists it once per stage', async () => {
    const root = make({ 'keys.ts': 'base\n' });
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    };
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
    if (git('init', '-q', '-b', 'main').status !== 0) return; // no git here
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'other');
    writeFileSync(path.join(root, 'keys.ts'), 'GROQ_API_KEY\n');
    git('commit', '-qam', 'other');
    git('checkout', '-q', 'main');
    writeFileSync(path.join(root, 'keys.ts'), 'XAI_API_KEY\n');
    git('commit', '-qam', 'main');
    git('merge', 'other');
    const stages = git('ls-files', '-co', '--exclude-standard').stdout.split('\n');
    expect(stages.filter((name) => name === 'keys.ts')).toHaveLength(3);
    const result = await scan(root);
    expect(result.summary.filesRead).toBe(1);
    expect(brief(result.evidence)).toEqual([
      'groq GROQ_API_KEY@4 direct',
      'xai XAI_API_KEY@2 direct',
    ]);
  });

  it('reads two names that only display alike: one not UTF-8, one spelling its escape', async () => {
    const root = make({ 'n\\xFF.ts': 'GROQ_API_KEY' });
    writeFileSync(
      Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x6e, 0xff, 0x2e, 0x74, 0x73])]),
      'XAI_API_KEY',
    );
    const result = await scan(root);
    expect(result.summary.filesRead).toBe(2);
    expect(result.evidence.map((item) => item.vendor).sort()).toEqual(['groq', 'xai']);
  });

  it('a line commented out with # in a configuration file or script is docs, not use', async () => {
    const root = make({
      'helm/values.yaml': [
        'image: app',
        '  # hostAliases: bedrock-runtime.us-east-1.amazonaws.com',
        '#baseURL: https://openrouter.ai/api/v1',
        'url: https://api.mistral.ai/v1',
      ].join('\n'),
      '.github/workflows/ci.yml':
        'env:\n  # OPENAI_API_KEY: ${{ secrets.KEY }}\n  GROQ_API_KEY: x\n',
      '.env': '# ANTHROPIC_API_KEY=\nXAI_API_KEY=\n',
      'deploy/Dockerfile': 'FROM node\n# ENV COHERE_API_KEY=x\n',
      // Code keeps its comments: only configuration and scripts are read this way.
      'src/app.py': '# client = OpenAI(base_url="https://api.deepseek.com")\n',
    });
    expect(brief(await found(root))).toEqual([
      'anthropic ANTHROPIC_API_KEY@1 direct docs',
      'aws-bedrock bedrock-runtime.us-east-1.amazonaws.com@2 direct docs',
      'cohere COHERE_API_KEY@2 direct docs',
      'deepseek api.deepseek.com@1 direct',
      'groq GROQ_API_KEY@3 direct ci',
      'mistral api.mistral.ai@4 direct',
      'openai OPENAI_API_KEY@2 direct docs',
      'openrouter openrouter.ai/api@3 direct docs',
      'xai XAI_API_KEY@2 direct',
    ]);
  });

  it('a host in a list of allowed or denied domains is docs, not a call', async () => {
    const root = make({
      '.github/workflows/triage.lock.yml': [
        'env:',
        '  GH_AW_ALLOWED_DOMAINS: "api.perplexity.ai,api.openai.com,github.com"',
        '  ANTHROPIC_BASE_URL: https://api.minimax.io/anthropic',
      ].join('\n'),
      'src/lint.ts': "const denyList = ['api.deepseek.com'];\nfetch('https://api.groq.com/v1');\n",
      // An agentic workflow's front matter: the hosts its firewall lets through, one a line.
      '.github/workflows/shared/network.md': [
        '---',
        'network:',
        '  allowed:',
        '    - defaults',
        '    - api.together.xyz',
        '',
        '    - api.x.ai',
        '  firewall: true',
        'tools:',
        '  - https://api.mistral.ai',
        '---',
      ].join('\n'),
    });
    expect(brief(await found(root))).toEqual([
      'deepseek api.deepseek.com@1 direct docs',
      'groq api.groq.com@2 direct',
      'minimax api.minimax.io@3 direct ci',
      'mistral api.mistral.ai@10 direct ci',
      'openai api.openai.com@2 direct docs',
      'perplexity api.perplexity.ai@2 direct docs',
      'together api.together.xyz@5 direct docs',
      'xai api.x.ai@7 direct docs',
    ]);
  });

  it('the OpenAI SDK used only through its Azure clients is Azure OpenAI, declaration too', async () => {
    const azureOnly = {
      'requirements.txt': 'openai==1.55.3\nlangchain-openai==0.2\n',
      'app.py': 'from openai import AsyncAzureOpenAI\n',
      'rag.py': 'from langchain_openai import AzureChatOpenAI\n',
    };
    expect(brief(await found(make(azureOnly)))).toEqual([
      'azure-openai langchain-openai@2 direct',
      'azure-openai langchain_openai@1 direct',
      'azure-openai openai@1 direct',
      'azure-openai openai@1 direct',
    ]);
    // Any other trace of OpenAI itself keeps the declaration OpenAI's.
    const alsoOpenAi = { ...azureOnly, 'docs.py': 'key = os.environ["OPENAI_API_KEY"]\n' };
    expect(
      brief(await found(make(alsoOpenAi))).filter((line) => line.startsWith('openai')),
    ).toEqual([
      'openai OPENAI_API_KEY@1 direct',
      'openai langchain-openai@2 direct',
      'openai openai@1 direct',
    ]);
  });

  it("a package taken only for modules that are not its vendor's is no evidence of it", async () => {
    // graphiti: langchain-aws declared for the Amazon Neptune graph clients, no Bedrock model.
    const neptuneOnly = {
      'pyproject.toml':
        '[project]\nname = "g"\ndependencies = ["openai>=1"]\n' +
        '[project.optional-dependencies]\nneptune = ["langchain-aws>=0.2.29"]\n',
      'driver/neptune.py': 'from langchain_aws.graphs import NeptuneGraph\nimport openai\n',
    };
    const vendors = async (files: Record<string, string>) => [
      ...new Set((await found(make(files))).map((e) => e.vendor)),
    ];
    expect(await vendors(neptuneOnly)).toEqual(['openai']);
    // One import of the vendor's own modules keeps every declaration.
    const alsoBedrock = { ...neptuneOnly, 'llm.py': 'from langchain_aws import ChatBedrock\n' };
    expect(
      brief(await found(make(alsoBedrock))).filter((l) => l.startsWith('aws-bedrock')),
    ).toEqual(['aws-bedrock langchain-aws@5 direct', 'aws-bedrock langchain_aws@1 direct']);
    // So does any other trace of the vendor, and so does a package the code never imports.
    const alsoHost = {
      ...neptuneOnly,
      'cfg.py': 'URL = "https://bedrock-runtime.us-east-1.amazonaws.com"\n',
    };
    expect(await vendors(alsoHost)).toContain('aws-bedrock');
    const neverImported = { 'pyproject.toml': neptuneOnly['pyproject.toml'] };
    expect(await vendors(neverImported)).toContain('aws-bedrock');
  });

  it('skips binaries, files over 2 MiB and excluded globs', async () => {
    const big = `OPENAI_API_KEY\n${'x'.repeat(2 * 1024 * 1024)}`;
    const root = make({
      'big.txt': big,
      'image.bin': Buffer.concat([Buffer.from('GROQ_API_KEY'), Buffer.from([0, 1, 2])]),
      'vendor/lib/client.go': 'MISTRAL_API_KEY',
      'examples/demo.py': 'CO_API_KEY',
      'src/main.py': 'XAI_API_KEY',
    });
    expect(brief(await found(root, { exclude: ['vendor/**', 'examples'] }))).toEqual([
      'xai XAI_API_KEY@1 direct',
    ]);
  });

  it('lists at most 100 skipped files, sorted, and counts them all', async () => {
    const files: Record<string, Buffer | string> = { 'src/a.ts': 'XAI_API_KEY' };
    for (let i = 0; i < 105; i++) {
      files[`bin/${String(104 - i).padStart(3, '0')}.bin`] = Buffer.from([0, 1, 2, 3, 4, 5, 6]);
    }
    const result = await scan(make(files));
    expect(result.skipped).toHaveLength(100);
    expect(result.skipped[0]).toEqual({ file: 'bin/000.bin', reason: 'binary' });
    expect(result.skipped[99]).toEqual({ file: 'bin/099.bin', reason: 'binary' });
    expect(result.summary).toEqual({
      listing: 'walk',
      filesRead: 1,
      skippedCount: 105,
      skippedByReason: { binary: 105 },
    });
  });

  it('never follows a symbolic link out of the root', async () => {
    const outside = make({ 'keys.env': 'OPENAI_API_KEY=x' });
    const root = make({ 'src/inside.ts': 'GROQ_API_KEY' });
    try {
      symlinkSync(path.join(outside, 'keys.env'), path.join(root, 'outside.env'));
      symlinkSync(outside, path.join(root, 'linked-dir'));
      symlinkSync(path.join(root, 'src', 'inside.ts'), path.join(root, 'alias.ts'));
    } catch {
      return; // no symbolic links on this file system
    }
    expect(brief(await found(root))).toEqual([
      'groq GROQ_API_KEY@1 direct',
      'groq GROQ_API_KEY@1 direct',
    ]);
  });

  it('keeps scanning past files that do not parse', async () => {
    const root = make({
      'package-lock.json': '{ "packages": ',
      'pyproject.toml': '[project\ndependencies = ["openai"]',
      'src/a.ts': 'ANTHROPIC_API_KEY',
    });
    expect(brief(await found(root))).toEqual(['anthropic ANTHROPIC_API_KEY@1 direct']);
  });

  it('adds the registry’s detect signatures', async () => {
    const root = make({
      'package.json': '{\n  "dependencies": { "@acme/internal-claude-wrapper": "1.0.0" }\n}\n',
      '.github/workflows/ci.yml': 'jobs:\n  a:\n    steps:\n      - uses: acme/claude-review@v2\n',
    });
    const evidence = await found(root, {
      extensions: {
        anthropic: { npm: ['@acme/internal-claude-wrapper'], actions: ['acme/claude-review'] },
      },
    });
    expect(at(evidence)).toEqual([
      '.github/workflows/ci.yml:4 anthropic workflow acme/claude-review',
      'package.json:2 anthropic dependency @acme/internal-claude-wrapper',
    ]);
  });

  it('is deterministic, whatever the order files were created in', async () => {
    const names = Object.keys(MONOREPO);
    const first = make(MONOREPO);
    const reversed = make({});
    for (const name of [...names].reverse()) {
      const full = path.join(reversed, ...name.split('/'));
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, MONOREPO[name]);
    }
    const a = await found(first);
    const b = await found(first);
    const c = await found(reversed);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const keys = a.map((e) => [e.file, e.line, e.vendor, e.kind, e.name].join('\0'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
