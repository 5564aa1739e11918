import { describe, expect, it } from 'vitest';
import { buildCatalog, defaultCatalog } from '../../src/detect/catalog.js';
import { buildTextMatcher } from '../../src/detect/text.js';
import { readWorkflow } from '../../src/detect/workflows.js';
import type { EvidenceContext } from '../../src/model.js';
import { brief, fixture } from './helpers.js';

const matcher = buildTextMatcher(defaultCatalog());
const match = (text: string, context: EvidenceContext = 'runtime') =>
  brief(matcher.match('src/a.ts', text, context));

describe('text evidence', () => {
  it('finds hosts and variable names at their exact lines', () => {
    const text = [
      "import OpenAI from 'openai';",
      'const key = process.env.OPENAI_API_KEY;',
      "const url = 'https://api.openai.com/v1/chat/completions';",
      'os.environ["ANTHROPIC_API_KEY"]  # https://api.anthropic.com',
    ].join('\n');
    expect(match(text)).toEqual([
      'anthropic ANTHROPIC_API_KEY@4 direct',
      'anthropic api.anthropic.com@4 direct',
      'openai OPENAI_API_KEY@2 direct',
      'openai api.openai.com@3 direct',
    ]);
  });

  it('variable names are whole tokens', () => {
    expect(match('AZURE_OPENAI_API_KEY=x\nMY_OPENAI_API_KEY_OLD=y\nopenai_api_key = 1')).toEqual([
      'azure-openai AZURE_OPENAI_API_KEY@1 direct',
    ]);
  });

  it('generic names are not vendor evidence', () => {
    expect(
      match('GOOGLE_API_KEY=x\nAWS_ACCESS_KEY_ID=y\nimport boto3\nhuggingface.co/models'),
    ).toEqual([]);
  });

  it('host names stand alone', () => {
    const text = [
      'https://api.openai.com.evil.example/',
      'https://xapi.openai.com/',
      'https://my-api.openai.com-proxy.example/',
      'see https://openrouter.ai/docs for models',
      'http://localhost:114345',
      'https://s3.us-east-1.amazonaws.com/bucket',
    ].join('\n');
    expect(match(text)).toEqual([]);
  });

  it('wildcard hosts: Azure resources, Bedrock regions, Vertex regions, placeholders', () => {
    const text = [
      'AZURE=https://contoso-ai.openai.azure.com/openai/deployments/gpt-4o',
      'const url = `https://${resourceName}.openai.azure.com/openai`;',
      'fmt.Sprintf("https://%s.openai.azure.com", name)',
      'endpoint: https://bedrock-runtime.eu-central-1.amazonaws.com',
      'https://us-central1-aiplatform.googleapis.com/v1/projects/p',
      'https://generativelanguage.googleapis.com/v1beta/models',
      'base_url = "https://openrouter.ai/api/v1"',
      'OLLAMA_HOST=http://localhost:11434',
      'url = "https://#{resource}.openai.azure.com/openai"', // Ruby interpolation
    ].join('\n');
    expect(match(text)).toEqual([
      'aws-bedrock bedrock-runtime.eu-central-1.amazonaws.com@4 direct',
      'azure-openai #{resource}.openai.azure.com@9 direct',
      'azure-openai ${resourceName}.openai.azure.com@2 direct',
      'azure-openai %s.openai.azure.com@3 direct',
      'azure-openai contoso-ai.openai.azure.com@1 direct',
      'google generativelanguage.googleapis.com@6 direct',
      'google us-central1-aiplatform.googleapis.com@5 direct',
      'ollama OLLAMA_HOST@8 direct',
      'ollama localhost:11434@8 direct',
      'openrouter openrouter.ai/api@7 direct',
    ]);
  });

  it('marks the context it is given', () => {
    expect(match('Set `XAI_API_KEY` first.', 'docs')).toEqual(['xai XAI_API_KEY@1 direct docs']);
  });

  it('takes the registry’s hosts and variable names', () => {
    const extended = buildTextMatcher(
      buildCatalog({
        anthropic: { hosts: ['claude-proxy.internal.example.com'], env: ['ACME_CLAUDE_TOKEN'] },
      }),
    );
    const text = 'ACME_CLAUDE_TOKEN\nhttps://claude-proxy.internal.example.com/v1';
    expect(brief(extended.match('a.ts', text, 'runtime'))).toEqual([
      'anthropic ACME_CLAUDE_TOKEN@1 direct',
      'anthropic claude-proxy.internal.example.com@2 direct',
    ]);
  });

  it('a name that starts in a top-level domain (`.CO`, `.AI`) is found', () => {
    const text = [
      'process.env.CO_API_KEY',
      'process.env.AI_GATEWAY_API_KEY',
      'huggingface.CO_API_KEY',
    ].join('\n');
    expect(match(text)).toEqual([
      'cohere CO_API_KEY@1 direct',
      'cohere CO_API_KEY@3 direct',
      'vercel-ai-gateway AI_GATEWAY_API_KEY@2 direct',
    ]);
  });

  it('the label before the top-level domain is whole; a wildcard label there still matches', () => {
    const extended = buildTextMatcher(buildCatalog({ acme: { hosts: ['gw-*.com'] } }));
    const text = [
      'https://x-openai.com https://xapi.openai.com https://OpenAI.com',
      'https://gw-eu1.com/x https://gw-.com API.OPENAI.COM',
    ].join('\n');
    expect(brief(extended.match('a.ts', text, 'runtime'))).toEqual([
      'acme gw-eu1.com@2 direct',
      'openai api.openai.com@2 direct',
    ]);
  });

  it('handles CRLF text and many matches on one line', () => {
    const text = 'a\r\nGROQ_API_KEY MISTRAL_API_KEY api.groq.com\r\nCO_API_KEY';
    expect(match(text)).toEqual([
      'cohere CO_API_KEY@3 direct',
      'groq GROQ_API_KEY@2 direct',
      'groq api.groq.com@2 direct',
      'mistral MISTRAL_API_KEY@2 direct',
    ]);
  });
});

describe('workflows', () => {
  it('vendor actions at the line of `uses:`, routed by inputs', () => {
    const found = readWorkflow(
      '.github/workflows/review.yml',
      fixture('workflow.yml.txt'),
      defaultCatalog(),
    );
    expect(found.map((e) => `${e.vendor} ${e.kind} ${e.name}@${e.line}`).sort()).toEqual([
      'anthropic workflow anthropics/claude-code-action@16',
      'aws-bedrock workflow anthropics/claude-code-action@23',
      'google workflow google-github-actions/run-gemini-cli@26',
    ]);
  });

  it('an unparsable workflow gives nothing', () => {
    expect(readWorkflow('.github/workflows/x.yml', 'jobs: [', defaultCatalog())).toEqual([]);
  });
});

describe('spans and letter case', () => {
  it('hosts match in any letter case; every item spans the matched text', () => {
    const text = [
      'const a = "https://API.DeepSeek.com/v1";',
      '  key=OPENAI_API_KEY',
      'x://Foo.OpenAI.Azure.COM/',
    ].join('\n');
    expect(
      matcher
        .match('src/a.ts', text, 'runtime')
        .map((e) => `${e.line}:${e.column}-${e.endColumn} ${e.vendor} ${e.name}`),
    ).toEqual([
      '1:20-36 deepseek api.deepseek.com',
      '2:7-21 openai OPENAI_API_KEY',
      '3:5-25 azure-openai Foo.OpenAI.Azure.COM',
    ]);
  });
});

describe('workflows and actions', () => {
  const found = (file: string, text: string) =>
    readWorkflow(file, text, defaultCatalog()).map(
      (e) => `${e.line}:${e.column}-${e.endColumn} ${e.vendor} ${e.name} ${e.context}`,
    );

  it('a composite action, a reusable workflow call and a `uses:` through an alias', () => {
    expect(
      found(
        '.github/actions/review/action.yml',
        'runs:\n  using: composite\n  steps:\n    - uses: anthropics/claude-code-action@v1\n',
      ),
    ).toEqual(['4:13-45 anthropic anthropics/claude-code-action ci']);
    const workflow = [
      'x-review: &review anthropics/claude-code-action@v1',
      'jobs:',
      '  a:',
      '    steps:',
      '      - uses: *review',
      '  b:',
      '    uses: google-github-actions/run-gemini-cli/.github/workflows/x.yml@v1',
    ].join('\n');
    expect(found('.github/workflows/ci.yml', workflow)).toEqual([
      '1:19-51 anthropic anthropics/claude-code-action ci',
      '7:11-74 google google-github-actions/run-gemini-cli ci',
    ]);
  });
});
