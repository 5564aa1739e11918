// The readers added for issue 10 (gemspec, bun.lock, Composer, NuGet lock files), the
// requirements fixes (`-c`, continuations, `-r`), test scopes, and the span of every name.
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/detect/catalog.js';
import { LineIndex } from '../../src/detect/positions/lines.js';
import { readBunLock } from '../../src/detect/readers/bun-lock.js';
import { readCargoLock } from '../../src/detect/readers/cargo-lock.js';
import { readCargoToml } from '../../src/detect/readers/cargo-toml.js';
import { readComposerJson, readComposerLock } from '../../src/detect/readers/composer.js';
import { readGemfile } from '../../src/detect/readers/gemfile.js';
import { readGemfileLock } from '../../src/detect/readers/gemfile-lock.js';
import { readGemspec } from '../../src/detect/readers/gemspec.js';
import { readGoMod } from '../../src/detect/readers/go-mod.js';
import { readGradle } from '../../src/detect/readers/gradle.js';
import { readerFor, requirementsReader } from '../../src/detect/readers/index.js';
import { readPom } from '../../src/detect/readers/maven-pom.js';
import { readNuget } from '../../src/detect/readers/nuget.js';
import { readNugetLock } from '../../src/detect/readers/nuget-lock.js';
import { readPackageLock } from '../../src/detect/readers/package-lock.js';
import { readPipfile } from '../../src/detect/readers/pipfile.js';
import { readPipfileLock } from '../../src/detect/readers/pipfile-lock.js';
import { readPnpmLock } from '../../src/detect/readers/pnpm-lock.js';
import { readPoetryLock } from '../../src/detect/readers/poetry-lock.js';
import { readPyproject } from '../../src/detect/readers/pyproject.js';
import {
  includedFiles,
  isDevelopmentFile,
  readRequirements,
} from '../../src/detect/readers/requirements.js';
import { readUvLock } from '../../src/detect/readers/uv-lock.js';
import { readYarnLock } from '../../src/detect/readers/yarn-lock.js';
import type { Evidence } from '../../src/model.js';
import { brief, fixture } from './helpers.js';

const catalog = defaultCatalog();

/** The text each evidence item's column span covers. */
function spanned(text: string, evidence: Evidence[]): string[] {
  const lines = new LineIndex(text);
  return evidence.map((e) => {
    expect(e.column, `${e.name} has a column`).toBeTypeOf('number');
    expect(e.endColumn, `${e.name} has an end column`).toBeTypeOf('number');
    return lines.lineText(e.line).slice((e.column ?? 0) - 1, (e.endColumn ?? 0) - 1);
  });
}

describe('gemspec', () => {
  it('reads add_dependency, add_runtime_dependency, %q<> names; development is test', async () => {
    const text = fixture('ai_helpers.gemspec');
    const found = readGemspec('ai_helpers.gemspec', text, catalog);
    expect(brief(found)).toEqual([
      'anthropic anthropic@13 direct',
      'huggingface hugging-face@18 direct test',
      'mistral mistral-ai@14 direct',
      'openai ruby-openai@21 direct',
      'replicate replicate-ruby@17 direct test',
    ]);
    expect(spanned(text, found)).toEqual(found.map((e) => e.name));
    expect(await readerFor('ai_helpers.gemspec')?.load?.()).toBe(readGemspec);
  });

  it('a commented-out dependency is not one', () => {
    const found = readGemspec('x.gemspec', '  # spec.add_dependency "cohere-ruby"\n', catalog);
    expect(found).toEqual([]);
  });
});

describe('Gemfile groups', () => {
  it('development and test groups, block or option, are test; other blocks are not', () => {
    const found = readGemfile('Gemfile', fixture('Gemfile.groups'), catalog);
    expect(brief(found)).toEqual([
      'cohere cohere-ruby@15 direct test',
      'google gemini-ai@6 direct',
      'groq groq@7 direct test',
      'huggingface hugging-face@26 direct',
      'mistral mistral-ai@25 direct test',
      'openai omniai-openai@22 direct',
      'replicate replicate-ruby@17 direct test',
    ]);
  });
});

describe('bun.lock', () => {
  const text = fixture('bun.lock.txt');
  const found = readBunLock('bun.lock', text, catalog);

  it('workspaces declare direct use, devDependencies are test, aliases name the real package', async () => {
    expect(brief(found)).toEqual([
      'anthropic @anthropic-ai/sdk@28 direct test',
      'fireworks @ai-sdk/fireworks@24 direct',
      'groq groq-sdk@32 direct',
      'mistral @mistralai/mistralai@38 transitive',
      'openai openai@34 direct',
      'vercel-ai-gateway @ai-sdk/gateway@26 transitive',
    ]);
    // an optional peer of `ai` is not an entry, so not evidence
    expect(found.map((e) => e.vendor)).not.toContain('cohere');
    expect(readerFor('bun.lock')?.lockfile).toBe(true);
    expect(await readerFor('bun.lock')?.load?.()).toBe(readBunLock);
  });

  it('spans the installed name inside the key', () => {
    expect(spanned(text, found)).toEqual(found.map((e) => (e.name === 'openai' ? 'oai' : e.name)));
  });

  it('a bun.lock that is not JSONC gives nothing', () => {
    expect(readBunLock('bun.lock', '{ "packages": { "x": [ }', catalog)).toEqual([]);
  });
});

describe('Composer', () => {
  it('composer.json: require is runtime, require-dev test, platform packages skipped', () => {
    const text = fixture('composer.json');
    const found = readComposerJson('composer.json', text, catalog);
    expect(brief(found)).toEqual([
      'anthropic anthropic-ai/sdk@9 direct',
      'groq lucianotonet/groq-php@13 direct test',
      'openai openai-php/laravel@8 direct',
    ]);
    expect(found.every((e) => e.ecosystem === 'composer')).toBe(true);
    expect(spanned(text, found)).toEqual(found.map((e) => e.name));
  });

  it('composer.lock: entries transitive (the scan promotes declared ones), packages-dev test', async () => {
    const text = fixture('composer.lock');
    const found = readComposerLock('composer.lock', text, catalog);
    expect(brief(found)).toEqual([
      'anthropic anthropic-ai/sdk@8 transitive',
      'groq lucianotonet/groq-php@31 transitive test',
      'openai openai-php/client@15 transitive',
      'openai openai-php/laravel@22 transitive',
    ]);
    expect(spanned(text, found)).toEqual(found.map((e) => e.name));
    expect(readerFor('app/composer.lock')?.lockfile).toBe(true);
    expect(await readerFor('app/composer.json')?.load?.()).toBe(readComposerJson);
  });
});

describe('NuGet packages.lock.json', () => {
  it('Direct entries are direct, Transitive ones not, Project entries skipped', async () => {
    const text = fixture('packages.lock.json');
    const found = readNugetLock('packages.lock.json', text, catalog);
    expect(brief(found)).toEqual([
      'anthropic Anthropic.SDK@5 direct',
      'openai Microsoft.Extensions.AI.OpenAI@11 transitive',
    ]);
    expect(spanned(text, found)).toEqual(found.map((e) => e.name));
    expect(readerFor('src/App/packages.lock.json')?.lockfile).toBe(true);
    expect(await readerFor('src/App/packages.lock.json')?.load?.()).toBe(readNugetLock);
  });
});

describe('requirements.txt', () => {
  it('pip-compile: "via -c constraints" alone is transitive, "via -r" direct; -c lines declare nothing', () => {
    const found = readRequirements(
      'requirements.txt',
      fixture('requirements-compiled-c.txt'),
      catalog,
    );
    expect(brief(found)).toEqual([
      'anthropic anthropic@9 direct',
      'cohere cohere@11 transitive',
      'cohere langchain-cohere@15 direct',
      'openai openai@17 transitive',
    ]);
  });

  it('joins backslash continuations as pip does, without a space', () => {
    const text = fixture('requirements-continued.txt');
    const found = readRequirements('requirements.txt', text, catalog);
    // `groq==0.11.0 \` continues into a comment line, so pip reads it as part of the comment
    // that the mistralai line's trailing `\` started: no groq requirement
    expect(brief(found)).toEqual([
      'fireworks langchain-fireworks@3 direct',
      'google mistralai@6 direct',
    ]);
    expect(spanned(text, found)).toEqual(['langchain-', 'mistralai']);
  });

  it('lists -r and -c files inside the root; URLs and paths outside are left out', async () => {
    const text = fixture('requirements-continued.txt');
    expect(includedFiles('requirements.txt', text)).toEqual([
      { file: 'base.txt', constraints: false },
    ]);
    expect(includedFiles('reqs/requirements.txt', text)).toEqual([
      { file: 'reqs/base.txt', constraints: false },
      { file: 'outside/constraints.txt', constraints: true },
    ]);
    const hostile = [
      '-r https://example.com/r.txt',
      '-r /etc/passwd',
      '-r ../../../x.txt',
      '-c..\\win.txt',
      '--requirement=dev.in',
      '-rlocal.txt',
    ].join('\n');
    expect(includedFiles('a/requirements.txt', hostile)).toEqual([
      { file: 'a/dev.in', constraints: false },
      { file: 'a/local.txt', constraints: false },
    ]);
    expect(readerFor('requirements.txt')?.includes).toBe(includedFiles);
    expect(await requirementsReader.load?.()).toBe(readRequirements);
  });

  it('development requirement files are test; constraints files are never declarations', async () => {
    for (const file of [
      'requirements-dev.txt',
      'requirements_test.txt',
      'requirements/dev.in',
      'test-requirements.txt',
      'requirements.lint.txt',
    ]) {
      expect(isDevelopmentFile(file), file).toBe(true);
      expect(await readerFor(file)?.load?.(), file).toBe(readRequirements);
    }
    for (const file of ['requirements.txt', 'requirements/base.txt', 'requirements-prod.txt']) {
      expect(isDevelopmentFile(file), file).toBe(false);
    }
    const dev = readRequirements('requirements-dev.txt', 'openai==1.0\n', catalog);
    expect(dev.map((e) => e.context)).toEqual(['test']);
    expect(readerFor('constraints.txt')).toEqual({ load: null, lockfile: true });
    expect(readerFor('requirements/constraints.txt')).toEqual({ load: null, lockfile: true });
  });
});

describe('test scopes of the JVM', () => {
  it('Maven <scope>test</scope> is test; provided and compile are runtime', () => {
    const text = fixture('pom-scopes.xml');
    const found = readPom('pom.xml', text, catalog);
    expect(brief(found)).toEqual([
      'anthropic org.springframework.ai:spring-ai-starter-model-anthropic@10 direct',
      'ollama dev.langchain4j:langchain4j-ollama@19 direct',
      'openai dev.langchain4j:langchain4j-open-ai@14 direct test',
    ]);
    expect(spanned(text, found)).toEqual(found.map((e) => e.name.split(':')[1]));
  });

  it('Gradle test configurations are test', () => {
    const text = fixture('build-scopes.gradle');
    const found = readGradle('build.gradle', text, catalog);
    expect(brief(found)).toEqual([
      'anthropic dev.langchain4j:langchain4j-anthropic@2 direct',
      'google com.google.genai:google-genai@6 direct',
      'mistral dev.langchain4j:langchain4j-mistral-ai@5 direct test',
      'ollama org.springframework.ai:spring-ai-ollama@4 direct test',
      'openai dev.langchain4j:langchain4j-open-ai@3 direct test',
    ]);
    expect(spanned(text, found)).toEqual(
      found.map((e) => (e.name.endsWith('mistral-ai') ? 'langchain4j-mistral-ai' : e.name)),
    );
  });
});

describe('every reader spans the name it matched', () => {
  const cases: [string, string, (file: string, text: string) => Evidence[]][] = [
    ['package-lock.json', 'package-lock-v3.json', (f, t) => readPackageLock(f, t, catalog)],
    ['package-lock.json', 'package-lock-v1.json', (f, t) => readPackageLock(f, t, catalog)],
    ['pnpm-lock.yaml', 'pnpm-lock-v9.yaml.txt', (f, t) => readPnpmLock(f, t, catalog)],
    ['pnpm-lock.yaml', 'pnpm-lock-v6.yaml.txt', (f, t) => readPnpmLock(f, t, catalog)],
    ['yarn.lock', 'yarn-v1.lock', (f, t) => readYarnLock(f, t, catalog)],
    ['yarn.lock', 'yarn-berry.lock', (f, t) => readYarnLock(f, t, catalog)],
    ['pyproject.toml', 'pyproject.toml', (f, t) => readPyproject(f, t, catalog)],
    ['poetry.lock', 'poetry.lock', (f, t) => readPoetryLock(f, t, catalog)],
    ['uv.lock', 'uv.lock', (f, t) => readUvLock(f, t, catalog)],
    ['Pipfile', 'Pipfile', (f, t) => readPipfile(f, t, catalog)],
    ['Pipfile.lock', 'Pipfile.lock', (f, t) => readPipfileLock(f, t, catalog)],
    ['requirements.txt', 'requirements-compiled.txt', (f, t) => readRequirements(f, t, catalog)],
    ['go.mod', 'go.mod', (f, t) => readGoMod(f, t, catalog)],
    ['App.csproj', 'App.csproj', (f, t) => readNuget(f, t, catalog)],
    ['Gemfile', 'Gemfile', (f, t) => readGemfile(f, t, catalog)],
    ['Gemfile.lock', 'Gemfile.lock', (f, t) => readGemfileLock(f, t, catalog)],
    ['Cargo.toml', 'Cargo.toml', (f, t) => readCargoToml(f, t, catalog)],
    ['Cargo.lock', 'Cargo.lock', (f, t) => readCargoLock(f, t, catalog)],
  ];
  it.each(cases)('%s (%s)', (file, name, read) => {
    const text = fixture(name);
    const found = read(file, text);
    expect(found.length).toBeGreaterThan(0);
    const texts = spanned(text, found);
    found.forEach((e, i) => {
      // the written name: the package itself, or the alias / key that installs it
      const written = texts[i].toLowerCase().replace(/_/g, '-');
      expect(written.length, `${e.name} spans text`).toBeGreaterThan(0);
      expect(
        e.name.toLowerCase().replace(/_/g, '-').endsWith(written) ||
          written.endsWith(e.name.toLowerCase()),
        `${file} ${e.name} spans ${texts[i]}`,
      ).toBe(true);
    });
  });
});
