// Import evidence (SPEC section 9): import statements of each language, looked up in the catalog.
import { describe, expect, it } from 'vitest';
import { defaultCatalog, type Catalog } from '../../src/detect/catalog.js';
import { buildImportMatcher } from '../../src/detect/imports.js';

const matcher = buildImportMatcher(defaultCatalog());
const found = (file: string, text: string) =>
  matcher
    .match(file, text, 'runtime')
    .map((e) => `${e.line}:${e.column}-${e.endColumn} ${e.vendor} ${e.name}`)
    .sort();

describe('imports', () => {
  it('Python: import, from … import, lists, aliases, indented', () => {
    const text = [
      'import os, anthropic as claude',
      'from langchain_aws import ChatBedrock',
      'try:',
      '    import openai',
      'except ImportError: pass',
      '# import groq',
      'x = "import mistralai"',
      'from anthropicx import y',
    ].join('\n');
    expect(found('app/main.py', text)).toEqual([
      '1:12-21 anthropic anthropic',
      '2:6-19 aws-bedrock langchain_aws',
      '4:12-18 openai openai',
    ]);
  });

  it('JS/TS: import from, side-effect import, require, dynamic import, subpaths', () => {
    const text = [
      "import Anthropic from '@anthropic-ai/sdk';",
      "import '@anthropic-ai/sdk/shims/node';",
      'const OpenAI = require("openai");',
      "const g = await import('groq-sdk');",
      "import { x } from 'openai-compatible-thing';",
      "obj.require('openai');",
    ].join('\n');
    expect(found('src/a.ts', text)).toEqual([
      '1:24-41 anthropic @anthropic-ai/sdk',
      '2:9-37 anthropic @anthropic-ai/sdk/shims/node',
      '3:25-31 openai openai',
      '4:25-33 groq groq-sdk',
    ]);
  });

  it('Go: single imports and import blocks, with aliases', () => {
    const text = [
      'package main',
      'import "github.com/openai/openai-go"',
      'import (',
      '\t"fmt"',
      '\tanth "github.com/anthropics/anthropic-sdk-go/option"',
      ')',
      'var s = "github.com/openai/openai-go"',
    ].join('\n');
    expect(found('main.go', text)).toEqual([
      '2:9-36 openai github.com/openai/openai-go',
      '5:8-53 anthropic github.com/anthropics/anthropic-sdk-go/option',
    ]);
  });

  it('Java and Kotlin packages, Ruby requires, Rust uses', () => {
    expect(
      found('App.java', 'import com.anthropic.client.AnthropicClient;\nimport java.util.List;'),
    ).toEqual(['1:8-44 anthropic com.anthropic.client.AnthropicClient']);
    expect(found('app.rb', "require 'anthropic'\nrequire_relative 'openai'\n")).toEqual([
      '1:10-19 anthropic anthropic',
    ]);
    expect(found('main.rs', 'use async_openai::{Client, types};\nuse std::io;\n')).toEqual([
      '1:5-17 openai async_openai',
    ]);
  });

  it('AI SDK gateway: a provider/model string in a file that imports from `ai`', () => {
    const text = [
      "import { generateText } from 'ai';",
      "await generateText({ model: 'deepseek/deepseek-chat', prompt });",
      "await generateText({ model: 'anthropic/claude-sonnet-4' });",
    ].join('\n');
    expect(found('src/gen.ts', text)).toEqual([
      '2:30-52 deepseek deepseek/deepseek-chat',
      '2:30-52 vercel-ai-gateway deepseek/deepseek-chat',
      '3:30-55 anthropic anthropic/claude-sonnet-4',
      '3:30-55 vercel-ai-gateway anthropic/claude-sonnet-4',
    ]);
    // Without the `ai` import, the same string is not the gateway, but still names the provider
    // that serves the model; a repository id is not a model.
    expect(found('src/gen.ts', "const c = { model: 'deepseek/deepseek-chat' };")).toEqual([
      '1:21-43 deepseek deepseek/deepseek-chat',
    ]);
    expect(found('src/gen.ts', "const r = { id: 'openai/openai-node', model: 'acme/x' };")).toEqual(
      [],
    );
  });

  it('AI SDK gateway: model tables and gateway calls', () => {
    const providers = [
      "import { gateway } from '@ai-sdk/gateway';",
      "export const title = gateway.languageModel('google/gemini-2.5-flash-lite');",
    ].join('\n');
    expect(found('lib/ai/providers.ts', providers)).toEqual([
      '1:26-41 vercel-ai-gateway @ai-sdk/gateway',
      '2:45-73 google google/gemini-2.5-flash-lite',
      '2:45-73 vercel-ai-gateway google/gemini-2.5-flash-lite',
    ]);
    const models = [
      'export const chatModels = [',
      '  { id: "anthropic/claude-haiku-4.5", name: "Claude Haiku" },',
      '  { id: "xai/grok-4.1-fast-non-reasoning", name: "Grok" },',
      '];',
    ].join('\n');
    expect(found('lib/ai/models.ts', models)).toEqual([
      '2:10-36 anthropic anthropic/claude-haiku-4.5',
      '3:10-41 xai xai/grok-4.1-fast-non-reasoning',
    ]);
  });

  it('stays linear on hostile lines', () => {
    const started = Date.now();
    const text = [
      `from ${' '.repeat(200_000)}`,
      `import ${'a,'.repeat(100_000)}`,
      `require${' '.repeat(16)}(${' '.repeat(200_000)}`,
      `import (\n${'\t"x"\n'.repeat(50_000)}`,
    ].join('\n');
    for (const file of ['a.py', 'a.ts', 'a.go', 'a.rb', 'a.rs', 'A.java']) found(file, text);
    expect(Date.now() - started).toBeLessThan(20_000); // generous: a quadratic run takes hours
  });
});

describe('imports that name another vendor than their package', () => {
  it('the OpenAI SDK’s Azure client is Azure OpenAI', () => {
    // Only Azure clients taken from the SDK: Azure OpenAI, not OpenAI.
    expect(
      found('llms/azure.py', 'from openai import AzureOpenAI\nclient = AzureOpenAI()\n'),
    ).toEqual(['1:6-12 azure-openai openai']);
    expect(found('app.py', 'from openai import (AsyncAzureOpenAI, AzureOpenAI as Sync)\n')).toEqual(
      ['1:6-12 azure-openai openai'],
    );
    expect(found('rag.py', 'from langchain_openai import AzureChatOpenAI\n')).toEqual([
      '1:6-22 azure-openai langchain_openai',
    ]);
    expect(found('src/azure.ts', 'import { AzureOpenAI } from "openai";\n')).toEqual([
      '1:30-36 azure-openai openai',
    ]);
    // Both clients, or the module whole: OpenAI too, and Azure where its client is named.
    expect(found('both.py', 'from openai import OpenAI, AzureOpenAI\n')).toEqual([
      '1:28-39 azure-openai AzureOpenAI',
      '1:6-12 openai openai',
    ]);
    expect(found('mod.py', 'import openai\nc = openai.AzureOpenAI()\n')).toEqual([
      '1:8-14 openai openai',
      '2:12-23 azure-openai AzureOpenAI',
    ]);
    expect(found('src/both.ts', 'import OpenAI, { AzureOpenAI } from "openai";\n')).toEqual([
      '1:18-29 azure-openai AzureOpenAI',
      '1:38-44 openai openai',
    ]);
    expect(found('src/plain.ts', 'import OpenAI from "openai";\n')).toEqual([
      '1:21-27 openai openai',
    ]);
  });

  it('the OpenAI Go SDK’s azure package is Azure OpenAI, in any major version', () => {
    expect(found('llm/azure.go', 'import "github.com/openai/openai-go/azure"\n')).toEqual([
      '1:9-42 azure-openai github.com/openai/openai-go/azure',
    ]);
    const text = [
      'import (',
      '\t"github.com/openai/openai-go/v3"',
      '\t"github.com/openai/openai-go/v3/azure"',
      '\t"github.com/openai/openai-go/v3/option"',
      ')',
    ].join('\n');
    // The client itself still comes from the SDK's root package, which is OpenAI's.
    expect(found('llm/azure.go', text)).toEqual([
      '2:3-33 openai github.com/openai/openai-go/v3',
      '3:3-39 azure-openai github.com/openai/openai-go/v3/azure',
      '4:3-40 openai github.com/openai/openai-go/v3/option',
    ]);
    expect(found('llm/old.go', 'import "github.com/cohere-ai/cohere-go/v2/client"\n')).toEqual([
      '1:9-49 cohere github.com/cohere-ai/cohere-go/v2/client',
    ]);
  });

  it('Ruby `depends_on` loads a gem like `require`', () => {
    expect(
      found(
        'lib/llm/aws_bedrock.rb',
        '    depends_on "aws-sdk-bedrockruntime", req: "aws-sdk-bedrockruntime"\n',
      ),
    ).toEqual(['1:17-39 aws-bedrock aws-sdk-bedrockruntime']);
  });
});

describe('notImports: modules below a vendor’s module that are not evidence of it', () => {
  it('a notImports module is no evidence: langchain_aws.graphs is Amazon Neptune', () => {
    const text = [
      'from langchain_aws.graphs import NeptuneGraph',
      'import langchain_aws.graphs.neptune_rdf_graph',
      'from langchain_aws.graphs.neptune_graph import NeptuneAnalyticsGraph',
      'from langchain_aws import ChatBedrock',
      'from langchain_aws.chat_models import ChatBedrockConverse',
    ].join('\n');
    expect(found('graph.py', text)).toEqual([
      '4:6-19 aws-bedrock langchain_aws',
      '5:6-31 aws-bedrock langchain_aws.chat_models',
    ]);
  });

  it('the walk up stops at the nearest module the catalog names, excluded or not', () => {
    const base = defaultCatalog();
    const catalog: Catalog = {
      ...base,
      imports: [
        { language: 'python', module: 'acme', vendor: 'acme-ai' },
        { language: 'python', module: 'acme.db.vectors', vendor: 'acme-embed' },
        { language: 'js', module: '@acme/sdk', vendor: 'acme-ai' },
      ],
      notImports: [
        { language: 'python', module: 'acme.db', package: { ecosystem: 'pypi', name: 'acme' } },
        {
          language: 'js',
          module: '@acme/sdk/db',
          package: { ecosystem: 'npm', name: '@acme/sdk' },
        },
      ],
    };
    const match = (file: string, text: string) =>
      buildImportMatcher(catalog)
        .match(file, text, 'runtime')
        .map((e) => `${e.vendor} ${e.name}`);
    expect(
      match('a.py', 'import acme.chat\nimport acme.db.sql\nfrom acme.db.vectors.x import y\n'),
    ).toEqual(['acme-ai acme.chat', 'acme-embed acme.db.vectors.x']);
    expect(
      match('a.ts', "import a from '@acme/sdk/db/sql';\nimport b from '@acme/sdk';\n"),
    ).toEqual(['acme-ai @acme/sdk']);
  });
});

describe('the vendors the real repositories call', () => {
  it('the new vendors’ SDKs and integrations', () => {
    const python = [
      'from writerai import Writer',
      'from langchain_writer import ChatWriter',
      'from sambanova import SambaNova',
      'from langchain_sambanova import ChatSambaNovaCloud',
      'import runpod',
    ].join('\n');
    expect(found('app.py', python)).toEqual([
      '1:6-14 writer writerai',
      '2:6-22 writer langchain_writer',
      '3:6-15 sambanova sambanova',
      '4:6-25 sambanova langchain_sambanova',
      '5:8-14 runpod runpod',
    ]);
    const js = [
      "import { Writer } from 'writer-sdk';",
      "import SambaNova from 'sambanova';",
      "import runpodSdk from 'runpod-sdk';",
    ].join('\n');
    expect(found('app.ts', js)).toEqual([
      '1:25-35 writer writer-sdk',
      '2:24-33 sambanova sambanova',
      '3:24-34 runpod runpod-sdk',
    ]);
    expect(found('main.go', 'import rp "github.com/runpod/go-sdk/pkg/sdk/endpoint"\n')).toEqual([
      '1:12-53 runpod github.com/runpod/go-sdk/pkg/sdk/endpoint',
    ]);
  });
});
