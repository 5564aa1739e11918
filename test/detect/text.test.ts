import { describe, expect, it } from 'vitest';
import { buildCatalog, defaultCatalog } from '../../src/detect/catalog.js';
import { buildTextMatcher } from '../../src/detect/text.js';
import { readWorkflow } from '../../src/detect/workflows.js';
import { brief, fixture } from './helpers.js';

const matcher = buildTextMatcher(defaultCatalog());
const match = (text: string, documentation = false) =>
  brief(matcher.match('src/a.ts', text, documentation));

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
    ].join('\n');
    expect(match(text)).toEqual([
      'aws-bedrock bedrock-runtime.eu-central-1.amazonaws.com@4 direct',
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

  it('marks documentation', () => {
    expect(match('Set `XAI_API_KEY` first.', true)).toEqual(['xai XAI_API_KEY@1 direct docs']);
  });

  it('takes the registry’s hosts and variable names', () => {
    const extended = buildTextMatcher(
      buildCatalog({
        anthropic: { hosts: ['claude-proxy.internal.example.com'], env: ['ACME_CLAUDE_TOKEN'] },
      }),
    );
    const text = 'ACME_CLAUDE_TOKEN\nhttps://claude-proxy.internal.example.com/v1';
    expect(brief(extended.match('a.ts', text, false))).toEqual([
      'anthropic ACME_CLAUDE_TOKEN@1 direct',
      'anthropic claude-proxy.internal.example.com@2 direct',
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
