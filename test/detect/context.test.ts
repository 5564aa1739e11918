// Where evidence stands (SPEC section 9): the context of a path, and a reader's hint refined.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../../src/detect/context.js';
import { scan } from '../../src/detect/index.js';
import type { EvidenceContext } from '../../src/model.js';
import { tree } from './helpers.js';

const CASES: Record<EvidenceContext, string[]> = {
  runtime: [
    'src/app.ts',
    'services/api/main.py',
    'cmd/server/main.go',
    'lib/client.rb',
    'src/main/java/com/acme/App.java',
    'package.json',
    '.env',
    'contest.py',
    'latest/app.ts',
    // Embedded as a program's defaults (charmbracelet/mods): a template by dots only.
    'config_template.yml',
    'prompt_template.yaml',
    'sampler.yaml',
    'src/exampleService.ts',
    'src/counterexample.py',
    // A JVM package is not a layout: Spring Initializr's com.example.demo is the application.
    'src/main/java/com/example/demo/ChatController.java',
    'app/src/main/kotlin/org/acme/samples/Client.kt',
    'src/main/resources/example/application.yml',
  ],
  test: [
    'test/a.ts',
    'tests/test_client.py',
    'pkg/__tests__/a.js',
    'spec/client_spec.rb',
    'pkg/client_test.go',
    'src/client.test.ts',
    'src/client.spec.js',
    'test_client.py',
    'app/client_test.py',
    'conftest.py',
    'src/test/java/com/acme/AppTest.java',
    'src/ClientTest.kt',
    '.env.test',
    'api/.env.testing',
    // .NET test projects
    'src/Core.Tests/appsettings.json',
    'src/Api.UnitTests/ClientFacts.cs',
    'src/Service.FunctionalTests/appsettings.json',
  ],
  example: [
    'examples/chat.py',
    'examples/spring-chat/src/main/java/com/acme/App.java',
    'example/a.ts',
    'samples/b.go',
    'demo/c.js',
    'cookbook/d.py',
    'notebooks/e.py',
    'analysis.ipynb',
    'src/example_usage.py',
    'src/basic-example.ts',
    'scripts/examples.ts',
  ],
  docs: ['README.md', 'docs/setup.mdx', 'guide.rst', 'docs/config.yml'],
  ci: [
    '.github/workflows/ci.yml',
    '.github/actions/review/action.yml',
    '.gitlab-ci.yml',
    '.circleci/config.yml',
    'action.yml',
    'tools/lint/action.yaml',
  ],
  'config-template': [
    '.env.example',
    '.env.sample',
    'config/app.yaml.example',
    'settings.template',
    'a.sample',
    // example or sample as a word anywhere in a configuration file's name
    'librechat.example.yaml',
    'docker-compose.example.yml',
    'mcp_server/config/mcp_config_stdio_example.json',
    'requirements-examples.txt',
    'settings.sample.json',
    'config.template.json',
  ],
  fixture: [
    'test/fixtures/response.json',
    'src/__fixtures__/a.ts',
    'pkg/testdata/a.txt',
    'tests/cassettes/chat.yaml',
    'src/__snapshots__/a.snap',
  ],
  vendored: [
    'node_modules/openai/index.js',
    'vendor/github.com/x/y.go',
    'third_party/a.py',
    'lib/python3.12/site-packages/openai/_client.py',
    'patches/openai+4.52.0.patch',
    'deep_agents/drb_harness.patch',
    'fix.diff',
  ],
  generated: [
    'public/app.min.js',
    'public/app.js.map',
    'dist/index.js',
    'build/out.js',
    'src/api.generated.ts',
    'proto/chat_pb2.py',
  ],
};

describe('contextOf', () => {
  for (const [context, files] of Object.entries(CASES)) {
    it(`${context}: ${files.length} conventions`, () => {
      expect(files.map((file) => [file, contextOf(file)])).toEqual(
        files.map((file) => [file, context]),
      );
    });
  }

  it('a path context stronger than runtime wins over a reader hint; a hint wins over runtime', () => {
    expect(contextOf('package.json', 'test')).toBe('test');
    expect(contextOf('examples/app/package.json', 'test')).toBe('example');
    expect(contextOf('node_modules/x/package.json', 'test')).toBe('vendored');
    expect(contextOf('src/app.ts', undefined)).toBe('runtime');
  });
});

describe('scan gives every item its context', () => {
  it('reads minified, map, vendored, composite-action and docs files at their context', async () => {
    const made = tree({
      'src/app.ts': "const url = 'https://api.openai.com/v1';",
      'public/app.min.js': 'fetch("https://api.anthropic.com/v1/messages")',
      'public/app.js.map': '{"sourcesContent":["GROQ_API_KEY"]}',
      'node_modules/x/index.js': 'MISTRAL_API_KEY',
      '.github/actions/review/action.yml':
        'runs:\n  using: composite\n  steps:\n    - uses: anthropics/claude-code-action@v1\n',
      'docs/setup.md': 'Export XAI_API_KEY',
      '.env.example': 'CO_API_KEY=',
      'tests/fixtures/chat.json': '{"url": "https://api.groq.com/openai/v1"}',
    });
    try {
      const { evidence } = await scan(made.root);
      expect(evidence.map((e) => `${e.file} ${e.vendor} ${e.context}`)).toEqual([
        '.env.example cohere config-template',
        '.github/actions/review/action.yml anthropic ci',
        'docs/setup.md xai docs',
        'node_modules/x/index.js mistral vendored',
        'public/app.js.map groq generated',
        'public/app.min.js anthropic generated',
        'src/app.ts openai runtime',
        'tests/fixtures/chat.json groq fixture',
      ]);
    } finally {
      made.cleanup();
    }
  });
});
