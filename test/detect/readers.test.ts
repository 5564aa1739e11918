import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../src/detect/catalog.js';
import { readCargoLock } from '../../src/detect/readers/cargo-lock.js';
import { readCargoToml } from '../../src/detect/readers/cargo-toml.js';
import { readGemfile } from '../../src/detect/readers/gemfile.js';
import { readGemfileLock } from '../../src/detect/readers/gemfile-lock.js';
import { readGoMod } from '../../src/detect/readers/go-mod.js';
import { readGradle } from '../../src/detect/readers/gradle.js';
import { readerFor } from '../../src/detect/readers/index.js';
import { readPom } from '../../src/detect/readers/maven-pom.js';
import { readNuget } from '../../src/detect/readers/nuget.js';
import { readPackageJson } from '../../src/detect/readers/package-json.js';
import { readPackageLock } from '../../src/detect/readers/package-lock.js';
import { readPipfile } from '../../src/detect/readers/pipfile.js';
import { readPipfileLock } from '../../src/detect/readers/pipfile-lock.js';
import { pnpmPackageName, readPnpmLock } from '../../src/detect/readers/pnpm-lock.js';
import { readPoetryLock } from '../../src/detect/readers/poetry-lock.js';
import { readPyproject } from '../../src/detect/readers/pyproject.js';
import { readRequirements } from '../../src/detect/readers/requirements.js';
import { readUvLock } from '../../src/detect/readers/uv-lock.js';
import { readYarnLock } from '../../src/detect/readers/yarn-lock.js';
import { brief, fixture } from './helpers.js';

const catalog = defaultCatalog();

describe('npm', () => {
  it('reads package.json dependency maps, optional peers as weak evidence', () => {
    const text = `{
  "name": "app",
  "dependencies": {
    "@anthropic-ai/sdk": "^0.68.0",
    "ai": "^5.0.0",
    "oai": "npm:openai@^6.0.0"
  },
  "devDependencies": { "@ai-sdk/groq": "^2.0.0" },
  "peerDependencies": {
    "@langchain/core": "*",
    "cohere-ai": "*",
    "@anthropic-ai/bedrock-sdk": "*"
  },
  "peerDependenciesMeta": { "cohere-ai": { "optional": true } }
}
`;
    expect(brief(readPackageJson('package.json', text, catalog))).toEqual([
      'anthropic @anthropic-ai/sdk@4 direct',
      'aws-bedrock @anthropic-ai/bedrock-sdk@12 direct',
      'cohere cohere-ai@11 transitive',
      'groq @ai-sdk/groq@8 direct test',
      'openai openai@6 direct',
    ]);
  });

  it('package-lock v3: a name only in a peerDependencies map is no evidence', () => {
    const found = readPackageLock('package-lock.json', fixture('package-lock-v3.json'), catalog);
    expect(brief(found)).toEqual([
      'anthropic @anthropic-ai/sdk@18 direct',
      'openai @langchain/openai@78 transitive',
    ]);
    expect(found.map((e) => e.name)).not.toContain('openai');
    expect(found.map((e) => e.name)).not.toContain('cohere-ai');
  });

  it('package-lock v1: roots of the tree are direct, nested copies transitive', () => {
    expect(
      brief(readPackageLock('package-lock.json', fixture('package-lock-v1.json'), catalog)),
    ).toEqual(['cohere cohere-ai@7 direct', 'openai openai@28 transitive']);
  });

  it('pnpm v9: importers are direct, packages transitive, snapshots not repeated', () => {
    expect(
      brief(readPnpmLock('pnpm-lock.yaml', fixture('pnpm-lock-v9.yaml.txt'), catalog)),
    ).toEqual([
      'anthropic @ai-sdk/anthropic@17 direct',
      'groq groq-sdk@56 transitive',
      'vercel-ai-gateway @ai-sdk/gateway@40 transitive',
    ]);
  });

  it('pnpm v6: root dependencies without importers, peer suffixes stripped', () => {
    expect(
      brief(readPnpmLock('pnpm-lock.yaml', fixture('pnpm-lock-v6.yaml.txt'), catalog)),
    ).toEqual([
      'google @google/generative-ai@8 direct',
      'mistral @langchain/mistralai@22 transitive',
    ]);
  });

  it('pnpm package keys of every version', () => {
    expect(pnpmPackageName('/@scope/name@1.0.0(peer@2.0.0)')).toBe('@scope/name');
    expect(pnpmPackageName('openai@4.0.0')).toBe('openai');
    expect(pnpmPackageName('/openai/4.0.0_zod@3.0.0')).toBe('openai');
    expect(pnpmPackageName('/@google/genai/1.0.0')).toBe('@google/genai');
  });

  it('yarn 1: entries nothing depends on are direct', () => {
    expect(brief(readYarnLock('yarn.lock', fixture('yarn-v1.lock'), catalog))).toEqual([
      'mistral @mistralai/mistralai@5 direct',
      'replicate replicate@12 transitive',
      'together together-ai@25 transitive',
    ]);
  });

  it('yarn berry: workspace entries declare the direct dependencies; peers are not entries', () => {
    const found = readYarnLock('yarn.lock', fixture('yarn-berry.lock'), catalog);
    expect(brief(found)).toEqual([
      'aws-bedrock @aws-sdk/client-bedrock-runtime@8 direct',
      'ollama ollama@45 direct',
    ]);
  });

  it('unparsable files give no evidence and do not throw', () => {
    expect(readPackageJson('package.json', '{ "dependencies": ', catalog)).toEqual([]);
    expect(readPackageLock('package-lock.json', 'not json', catalog)).toEqual([]);
    expect(readPnpmLock('pnpm-lock.yaml', 'importers: [: :', catalog)).toEqual([]);
    expect(readYarnLock('yarn.lock', '<<<<<<< HEAD\nopenai@^4:\n', catalog)).toEqual([]);
    expect(readPyproject('pyproject.toml', '[project\n', catalog)).toEqual([]);
    expect(readPom('pom.xml', '<project><dependencies>', catalog)).toEqual([]);
    expect(readNuget('App.csproj', '<Project>', catalog)).toEqual([]);
    expect(readCargoLock('Cargo.lock', '[[package]\n', catalog)).toEqual([]);
  });
});

describe('python', () => {
  it('requirements: pip-compile `# via` of other packages marks transitive', () => {
    expect(
      brief(readRequirements('requirements.txt', fixture('requirements-compiled.txt'), catalog)),
    ).toEqual(
      [
        'anthropic anthropic@9 direct',
        'openai langchain-openai@17 direct',
        'openai openai@22 transitive',
        'perplexity perplexityai@25 direct',
        'replicate replicate@24 direct',
        'huggingface huggingface-hub@15 transitive',
      ].sort(),
    );
  });

  it('pyproject: PEP 621, extras routing, dependency groups and Poetry tables', () => {
    expect(brief(readPyproject('pyproject.toml', fixture('pyproject.toml'), catalog))).toEqual([
      'aws-bedrock anthropic@6 direct',
      'cohere cohere@22 direct',
      'google google-genai@8 direct',
      'groq groq@15 direct test',
      'mistral mistralai@19 direct',
      'ollama ollama@12 direct',
    ]);
  });

  it('pyproject: an extra named for development (`dev`, `test`, `docs`) is test, others runtime', () => {
    const text = [
      '[project]',
      'name = "app"',
      '[project.optional-dependencies]',
      'dev = ["anthropic>=0.40"]',
      'test-docs = ["mistralai>=1"]',
      'neptune = ["groq>=0.11"]',
      '',
    ].join('\n');
    expect(brief(readPyproject('pyproject.toml', text, catalog))).toEqual([
      'anthropic anthropic@4 direct test',
      'groq groq@6 direct',
      'mistral mistralai@5 direct test',
    ]);
  });

  it('poetry.lock: packages no other package requires are direct', () => {
    expect(brief(readPoetryLock('poetry.lock', fixture('poetry.lock'), catalog))).toEqual([
      'huggingface huggingface-hub@18 transitive',
      'mistral mistralai@32 direct',
      'openai langchain-openai@65 direct',
      'openai openai@48 transitive',
    ]);
  });

  it('uv.lock: the editable project declares the direct dependencies', () => {
    expect(brief(readUvLock('uv.lock', fixture('uv.lock'), catalog))).toEqual([
      'anthropic anthropic@6 direct',
      'cohere cohere@19 transitive',
      'ollama ollama@62 direct',
    ]);
  });

  it('Pipfile and Pipfile.lock', () => {
    expect(brief(readPipfile('Pipfile', fixture('Pipfile'), catalog))).toEqual([
      'openai openai@7 direct',
      'together together@11 direct test',
    ]);
    expect(brief(readPipfileLock('Pipfile.lock', fixture('Pipfile.lock'), catalog))).toEqual([
      'groq groq@26 transitive',
      'openai openai@19 transitive',
      'together together@34 transitive test',
    ]);
  });
});

describe('other ecosystems', () => {
  it('go.mod: require blocks and lines, `// indirect` transitive, /vN suffixes', () => {
    expect(brief(readGoMod('go.mod', fixture('go.mod'), catalog))).toEqual([
      'anthropic github.com/anthropics/anthropic-sdk-go@8 direct',
      'aws-bedrock github.com/aws/aws-sdk-go-v2/service/bedrockruntime@18 transitive',
      'cohere github.com/cohere-ai/cohere-go/v2@10 direct',
      'google google.golang.org/genai@13 direct',
      'ollama github.com/ollama/ollama@11 direct',
      'openai github.com/openai/openai-go@12 direct',
      'openai github.com/sashabaranov/go-openai@22 direct',
    ]);
  });

  it('pom.xml: project and profile dependencies; not dependencyManagement or comments', () => {
    expect(brief(readPom('pom.xml', fixture('pom.xml'), catalog))).toEqual([
      'anthropic com.anthropic:anthropic-java@23 direct',
      'google com.google.genai:google-genai@44 direct',
    ]);
  });

  it('gradle: string and map notation, version catalogs; comments skipped', () => {
    expect(brief(readGradle('build.gradle.kts', fixture('build.gradle.kts'), catalog))).toEqual([
      'aws-bedrock software.amazon.awssdk:bedrockruntime@10 direct',
      'openai com.openai:openai-java@6 direct',
    ]);
    expect(
      brief(readGradle('gradle/libs.versions.toml', fixture('libs.versions.toml'), catalog)),
    ).toEqual(['ollama dev.langchain4j:langchain4j-ollama@5 direct']);
  });

  it('csproj: PackageReference, not commented out', () => {
    expect(brief(readNuget('App.csproj', fixture('App.csproj'), catalog))).toEqual([
      'azure-openai Azure.AI.OpenAI@9 direct',
      'ollama OllamaSharp@12 direct',
    ]);
  });

  it('Gemfile and Gemfile.lock', () => {
    expect(brief(readGemfile('Gemfile', fixture('Gemfile'), catalog))).toEqual([
      'aws-bedrock aws-sdk-bedrockruntime@8 direct',
      'openai ruby-openai@6 direct',
    ]);
    expect(brief(readGemfileLock('Gemfile.lock', fixture('Gemfile.lock'), catalog))).toEqual([
      'anthropic anthropic@10 direct',
      'openai ruby-openai@17 transitive',
    ]);
  });

  it('Cargo.toml and Cargo.lock', () => {
    expect(brief(readCargoToml('Cargo.toml', fixture('Cargo.toml'), catalog))).toEqual([
      'aws-bedrock aws-sdk-bedrockruntime@12 direct',
      'ollama ollama-rs@9 direct',
      'openai async-openai@7 direct',
      'openai openai-api-rs@14 direct test',
    ]);
    expect(brief(readCargoLock('Cargo.lock', fixture('Cargo.lock'), catalog))).toEqual([
      'aws-bedrock aws-sdk-bedrockruntime@16 transitive',
      'openai async-openai@6 direct',
    ]);
  });
});

describe('reader selection', () => {
  it('by file name', async () => {
    expect(readerFor('a/package-lock.json')?.lockfile).toBe(true);
    expect(await readerFor('requirements-dev.txt')?.load?.()).toBe(readRequirements);
    expect(await readerFor('requirements/base.txt')?.load?.()).toBe(readRequirements);
    expect(await readerFor('src/App.csproj')?.load?.()).toBe(readNuget);
    expect(readerFor('go.sum')).toEqual({ load: null, lockfile: true });
    expect(readerFor('src/index.ts')).toBeUndefined();
  });
});
