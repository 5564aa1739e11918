// The built-in catalog: every entry sourced, the coverage issue 10 asks for, the imports the
// scan engine matches, and the frameworks that are not vendors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  CATALOG,
  defaultCatalog,
  type Ecosystem,
  type ImportLanguage,
} from '../../src/detect/catalog.js';
import { buildTextMatcher } from '../../src/detect/text.js';
import { readWorkflow } from '../../src/detect/workflows.js';

const catalog = defaultCatalog();
const vendorsOf = (ecosystem: Ecosystem, name: string) => catalog.packageVendors(ecosystem, name);
const importsOf = (language: ImportLanguage, module: string) =>
  catalog.imports
    .filter((i) => i.language === language && i.module === module)
    .map((i) => i.vendor);
const textMatcher = buildTextMatcher(catalog);
/** `vendor name` of each host and key name found in a line of source. */
const textOf = (line: string) =>
  textMatcher.match('src/app.py', line, 'runtime').map((e) => `${e.vendor} ${e.name}`);

describe('catalog sources', () => {
  it('every vendor names the sources that confirm its signatures', () => {
    for (const [id, vendor] of Object.entries(CATALOG.vendors)) {
      expect(vendor.sources.length, id).toBeGreaterThan(0);
      for (const source of vendor.sources) {
        expect(source.url, id).toMatch(/^https:\/\/\S+$/);
        expect(source.confirms.trim().length, `${id} ${source.url}`).toBeGreaterThan(0);
      }
      const urls = vendor.sources.map((s) => s.url);
      expect(new Set(urls).size, `${id}: a source listed twice`).toBe(urls.length);
    }
  });

  it('every ignoreTransitive entry says why', () => {
    for (const entry of CATALOG.ignoreTransitive) {
      expect(entry.reason.length, entry.name).toBeGreaterThan(20);
    }
  });

  it('every notImports entry says why, with its source, below a module the catalog names', () => {
    const named = new Set(catalog.imports.map((i) => `${i.language} ${i.module}`));
    for (const entry of CATALOG.notImports ?? []) {
      const key = `${entry.language} ${entry.module}`;
      expect(entry.reason.length, key).toBeGreaterThan(20);
      expect(entry.source, key).toMatch(/^https:\/\/\S+$/);
      // An exclusion only matters below a catalog module, and is not one itself.
      expect(named.has(key), `${key} is also a catalog import`).toBe(false);
      const separator = { python: '.', java: '.', rust: '::' }[entry.language as string] ?? '/';
      const parents = entry.module
        .split(separator)
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join(separator));
      expect(
        parents.some((parent) => named.has(`${entry.language} ${parent}`)),
        `${key}: no parent module in the catalog`,
      ).toBe(true);
      // The package that ships it is a package of that parent module's vendor.
      const parentVendors = catalog.imports
        .filter((i) => i.language === entry.language && parents.includes(i.module))
        .map((i) => i.vendor);
      const packageVendors = catalog.packageVendors(entry.package.ecosystem, entry.package.name);
      expect(
        packageVendors.some((vendor) => parentVendors.includes(vendor)),
        `${key}: ${entry.package.name} is not a package of the parent module's vendor`,
      ).toBe(true);
    }
    expect(catalog.notImports).toContainEqual({
      language: 'python',
      module: 'langchain_aws.graphs',
      package: { ecosystem: 'pypi', name: 'langchain-aws' },
    });
  });

  it('azureClientsIn names OpenAI packages, with sources, and matches their modules', () => {
    const entry = CATALOG.azureClientsIn;
    expect(entry?.sources.length).toBeGreaterThan(0);
    for (const [ecosystem, names] of Object.entries(entry?.packages ?? {})) {
      for (const name of names) {
        expect(catalog.packageVendors(ecosystem as Ecosystem, name), name).toEqual(['openai']);
        expect(catalog.shipsAzureClients(ecosystem as Ecosystem, name)).toBe(true);
      }
    }
    expect(catalog.shipsAzureClients('pypi', 'LangChain_OpenAI')).toBe(true); // PEP 503
    expect(catalog.shipsAzureClients('npm', '@ai-sdk/openai')).toBe(false);
    for (const module of ['openai', 'openai.lib.azure', 'langchain_openai.chat_models']) {
      expect(catalog.isAzureClientsModule(module), module).toBe(true);
    }
    expect(catalog.isAzureClientsModule('@langchain/openai/embeddings')).toBe(true);
    for (const module of [
      'openai_extra',
      'langchain_openai_x',
      '@langchain/openai-x',
      'my.openai',
    ]) {
      expect(catalog.isAzureClientsModule(module), module).toBe(false);
    }
  });

  it('no package belongs to two vendors by mistake', () => {
    const owner = new Map<string, string>();
    for (const [id, vendor] of Object.entries(CATALOG.vendors)) {
      for (const [ecosystem, names] of Object.entries(vendor.packages)) {
        for (const name of names) {
          const key = `${ecosystem} ${catalog.normalize(ecosystem as Ecosystem, name)}`;
          expect(owner.get(key), `${key} in ${id}`).toBeUndefined();
          owner.set(key, id);
        }
      }
    }
  });
});

describe('coverage (issue 10)', () => {
  it('every first-party AI SDK provider maps to the vendor that processes the data', () => {
    const providers: Record<string, string> = {
      openai: 'openai',
      anthropic: 'anthropic',
      'anthropic-aws': 'anthropic',
      google: 'google',
      'google-vertex': 'google',
      azure: 'azure-openai',
      'amazon-bedrock': 'aws-bedrock',
      mistral: 'mistral',
      cohere: 'cohere',
      groq: 'groq',
      togetherai: 'together',
      fireworks: 'fireworks',
      deepseek: 'deepseek',
      xai: 'xai',
      perplexity: 'perplexity',
      cerebras: 'cerebras',
      deepinfra: 'deepinfra',
      replicate: 'replicate',
      fal: 'fal',
      luma: 'luma',
      elevenlabs: 'elevenlabs',
      assemblyai: 'assemblyai',
      deepgram: 'deepgram',
      gladia: 'gladia',
      lmnt: 'lmnt',
      hume: 'hume',
      revai: 'rev-ai',
      baseten: 'baseten',
      huggingface: 'huggingface',
      vercel: 'vercel-v0',
      gateway: 'vercel-ai-gateway',
      alibaba: 'alibaba',
      'black-forest-labs': 'black-forest-labs',
      bytedance: 'bytedance',
      cartesia: 'cartesia',
      'fish-audio': 'fish-audio',
      gmicloud: 'gmi-cloud',
      klingai: 'kling-ai',
      minimax: 'minimax',
      moonshotai: 'moonshot',
      prodia: 'prodia',
      quiverai: 'quiverai',
      voyage: 'voyage',
    };
    for (const [provider, vendor] of Object.entries(providers)) {
      expect(vendorsOf('npm', `@ai-sdk/${provider}`), provider).toEqual([vendor]);
    }
  });

  it('LangChain partner packages, LangChain4j and Spring AI modules are their vendors', () => {
    const pypi: Record<string, string> = {
      'langchain-openai': 'openai',
      'langchain-anthropic': 'anthropic',
      'langchain-google-genai': 'google',
      'langchain-google-vertexai': 'google',
      'langchain-aws': 'aws-bedrock',
      'langchain-mistralai': 'mistral',
      'langchain-cohere': 'cohere',
      'langchain-groq': 'groq',
      'langchain-together': 'together',
      'langchain-fireworks': 'fireworks',
      'langchain-huggingface': 'huggingface',
      'langchain-ollama': 'ollama',
      'langchain-xai': 'xai',
      'langchain-deepseek': 'deepseek',
      'langchain-perplexity': 'perplexity',
      'langchain-ibm': 'ibm-watsonx',
      langchain_cerebras: 'cerebras',
      'langchain-voyageai': 'voyage',
      'langchain-nvidia-ai-endpoints': 'nvidia',
    };
    for (const [name, vendor] of Object.entries(pypi))
      expect(vendorsOf('pypi', name), name).toEqual([vendor]);
    const npm: Record<string, string> = {
      '@langchain/openai': 'openai',
      '@langchain/anthropic': 'anthropic',
      '@langchain/aws': 'aws-bedrock',
      '@langchain/google-genai': 'google',
      '@langchain/google-vertexai': 'google',
      '@langchain/google': 'google',
      '@langchain/fireworks': 'fireworks',
      '@langchain/together-ai': 'together',
      '@langchain/ibm': 'ibm-watsonx',
      '@langchain/openrouter': 'openrouter',
    };
    for (const [name, vendor] of Object.entries(npm))
      expect(vendorsOf('npm', name), name).toEqual([vendor]);
    const maven: Record<string, string> = {
      'dev.langchain4j:langchain4j-anthropic': 'anthropic',
      'dev.langchain4j:langchain4j-open-ai': 'openai',
      'dev.langchain4j:langchain4j-azure-open-ai': 'azure-openai',
      'dev.langchain4j:langchain4j-bedrock': 'aws-bedrock',
      'dev.langchain4j:langchain4j-vertex-ai-gemini': 'google',
      'dev.langchain4j:langchain4j-watsonx': 'ibm-watsonx',
      'org.springframework.ai:spring-ai-starter-model-anthropic': 'anthropic',
      'org.springframework.ai:spring-ai-starter-model-bedrock-converse': 'aws-bedrock',
      'org.springframework.ai:spring-ai-starter-model-vertex-ai-gemini': 'google',
      'org.springframework.ai:spring-ai-starter-model-deepseek': 'deepseek',
      'org.springframework.ai:spring-ai-starter-model-zhipuai': 'zhipu',
      'org.springframework.ai:spring-ai-openai-spring-boot-starter': 'openai',
    };
    for (const [name, vendor] of Object.entries(maven))
      expect(vendorsOf('maven', name), name).toEqual([vendor]);
  });

  it('Fireworks AI: package, integration, host and key', () => {
    const fireworks = CATALOG.vendors.fireworks;
    expect(vendorsOf('pypi', 'fireworks-ai')).toEqual(['fireworks']);
    expect(vendorsOf('pypi', 'Fireworks_AI')).toEqual(['fireworks']);
    expect(fireworks?.hosts).toContain('api.fireworks.ai');
    expect(fireworks?.env).toContain('FIREWORKS_API_KEY');
  });

  it('RubyGems names as published, and their key names', () => {
    const gems: Record<string, string> = {
      'ruby-openai': 'openai',
      anthropic: 'anthropic',
      'mistral-ai': 'mistral',
      'replicate-ruby': 'replicate',
      'cohere-ruby': 'cohere',
      'hugging-face': 'huggingface',
      'gemini-ai': 'google',
      groq: 'groq',
      'omniai-openai': 'openai',
      'omniai-anthropic': 'anthropic',
    };
    for (const [name, vendor] of Object.entries(gems))
      expect(vendorsOf('rubygems', name), name).toEqual([vendor]);
    expect(CATALOG.vendors.mistral?.env).toContain('MISTRAL_AI_API_KEY');
    expect(CATALOG.vendors.replicate?.env).toContain('REPLICATE_API_KEY');
  });

  it('Composer packages', () => {
    expect(vendorsOf('composer', 'openai-php/client')).toEqual(['openai']);
    expect(vendorsOf('composer', 'Anthropic-AI/SDK')).toEqual(['anthropic']);
  });

  it('frameworks are not vendors', () => {
    for (const [ecosystem, name] of [
      ['npm', 'ai'],
      ['npm', 'langchain'],
      ['npm', 'llamaindex'],
      ['npm', '@langchain/core'],
      ['npm', '@ai-sdk/openai-compatible'],
      ['npm', '@ai-sdk/provider'],
      ['pypi', 'langchain'],
      ['pypi', 'langchain-core'],
      ['pypi', 'langchain-community'],
      ['pypi', 'llama-index'],
      ['rubygems', 'langchainrb'],
      ['rubygems', 'omniai'],
      ['go', 'github.com/tmc/langchaingo'],
      ['maven', 'dev.langchain4j:langchain4j'],
      ['maven', 'org.springframework.ai:spring-ai-bom'],
    ] as [Ecosystem, string][]) {
      expect(vendorsOf(ecosystem, name), name).toEqual([]);
    }
  });

  it('a provider another provider depends on is not transitive evidence; declared it is', () => {
    expect(catalog.ignoresTransitive('npm', '@ai-sdk/gateway')).toBe(true);
    expect(catalog.ignoresTransitive('npm', '@ai-sdk/anthropic')).toBe(true);
    expect(catalog.ignoresTransitive('npm', '@anthropic-ai/sdk')).toBe(false);
    expect(vendorsOf('npm', '@ai-sdk/anthropic')).toEqual(['anthropic']);
  });
});

describe('vendors the real repositories call (writer, sambanova, runpod, lakera)', () => {
  it('Writer: SDK packages, LangChain integration, host and key', () => {
    expect(vendorsOf('pypi', 'writer-sdk')).toEqual(['writer']);
    expect(vendorsOf('pypi', 'writerai')).toEqual(['writer']);
    expect(vendorsOf('pypi', 'langchain-writer')).toEqual(['writer']);
    expect(vendorsOf('npm', 'writer-sdk')).toEqual(['writer']);
    expect(importsOf('python', 'writerai')).toEqual(['writer']);
    expect(importsOf('python', 'langchain_writer')).toEqual(['writer']);
    expect(textOf('client = Writer(base_url="https://api.writer.com")')).toEqual([
      'writer api.writer.com',
    ]);
    expect(textOf('key = os.environ["WRITER_API_KEY"]')).toEqual(['writer WRITER_API_KEY']);
  });

  it('SambaNova Cloud: SDK packages, LangChain integration, host and key', () => {
    expect(vendorsOf('pypi', 'sambanova')).toEqual(['sambanova']);
    expect(vendorsOf('pypi', 'langchain-sambanova')).toEqual(['sambanova']);
    expect(vendorsOf('pypi', 'langchain_sambanova')).toEqual(['sambanova']);
    expect(vendorsOf('npm', 'sambanova')).toEqual(['sambanova']);
    expect(importsOf('python', 'langchain_sambanova')).toEqual(['sambanova']);
    expect(textOf('OpenAI(base_url="https://api.sambanova.ai/v1")')).toEqual([
      'sambanova api.sambanova.ai',
    ]);
    expect(textOf('api_key=os.getenv("SAMBANOVA_API_KEY")')).toEqual([
      'sambanova SAMBANOVA_API_KEY',
    ]);
  });

  it('RunPod: SDK packages, the serverless host and key', () => {
    expect(vendorsOf('pypi', 'runpod')).toEqual(['runpod']);
    expect(vendorsOf('npm', 'runpod-sdk')).toEqual(['runpod']);
    expect(vendorsOf('go', 'github.com/runpod/go-sdk')).toEqual(['runpod']);
    expect(importsOf('python', 'runpod')).toEqual(['runpod']);
    expect(textOf('base_url="https://api.runpod.ai/v2/abc123/openai/v1"')).toEqual([
      'runpod api.runpod.ai',
    ]);
    expect(textOf('api_key=os.environ.get("RUNPOD_API_KEY")')).toEqual(['runpod RUNPOD_API_KEY']);
  });

  it('Lakera Guard: it receives the prompts it screens; host and keys', () => {
    expect(CATALOG.vendors.lakera?.packages).toEqual({});
    expect(textOf('requests.post("https://api.lakera.ai/v2/guard")')).toEqual([
      'lakera api.lakera.ai',
    ]);
    expect(textOf('LAKERA_API_KEY=x LAKERA_GUARD_API_KEY=y')).toEqual([
      'lakera LAKERA_API_KEY',
      'lakera LAKERA_GUARD_API_KEY',
    ]);
  });

  it('Ollama Cloud: hosted by Ollama, so not self-hosted; its API paths, not its website', () => {
    expect(CATALOG.vendors['ollama-cloud']?.selfHosted).toBeUndefined();
    // Its key name is not a signature: a self-hosted Ollama behind a proxy uses it too.
    expect(textOf("base_url = 'https://ollama.com/v1'; OLLAMA_API_KEY")).toEqual([
      'ollama-cloud ollama.com/v1',
    ]);
    expect(textOf('fetch("https://ollama.com/api/chat")')).toEqual(['ollama-cloud ollama.com/api']);
    expect(textOf('see https://ollama.com/download and https://ollama.com/library/llama3')).toEqual(
      [],
    );
  });

  it('Amazon Bedrock Mantle and LangChain.js Voyage embeddings', () => {
    expect(textOf('url = f"https://bedrock-mantle.{region}.api.aws/v1"')).toEqual([
      'aws-bedrock bedrock-mantle.{region}.api.aws',
    ]);
    expect(textOf('"https://bedrock-mantle.us-east-1.amazonaws.com"')).toEqual([
      'aws-bedrock bedrock-mantle.us-east-1.amazonaws.com',
    ]);
    expect(importsOf('js', '@langchain/community/embeddings/voyage')).toEqual(['voyage']);
    expect(textOf('process.env.VOYAGEAI_API_KEY')).toEqual(['voyage VOYAGEAI_API_KEY']);
  });

  it('the third round of real repositories: crewAI, mcphost, langchain4j-examples, eShop', () => {
    // mcphost and crush reach every provider through Charm's fantasy library.
    for (const [provider, vendor] of [
      ['bedrock', 'aws-bedrock'],
      ['anthropic', 'anthropic'],
      ['azure', 'azure-openai'],
      ['vercel', 'vercel-ai-gateway'],
    ]) {
      expect(importsOf('go', `charm.land/fantasy/providers/${provider}`)).toEqual([vendor]);
    }
    expect(vendorsOf('go', 'github.com/charmbracelet/anthropic-sdk-go')).toEqual(['anthropic']);
    expect(vendorsOf('maven', 'dev.langchain4j:langchain4j-github-models')).toEqual([
      'github-models',
    ]);
    expect(importsOf('java', 'dev.langchain4j.model.github')).toEqual(['github-models']);
    expect(vendorsOf('maven', 'io.quarkiverse.langchain4j:quarkus-langchain4j-openai')).toEqual([
      'openai',
    ]);
    expect(vendorsOf('nuget', 'Aspire.Azure.AI.OpenAI')).toEqual(['azure-openai']);
    expect(vendorsOf('nuget', 'CommunityToolkit.Aspire.OllamaSharp')).toEqual(['ollama']);
    expect(textOf('boto3.client("bedrock-agent-runtime")')).toEqual([
      'aws-bedrock bedrock-agent-runtime',
    ]);
    expect(textOf('url = f"https://r.jina.ai/{url}"')).toEqual(['jina r.jina.ai']);
    expect(textOf('NVIDIA_NIM_API_KEY=')).toEqual(['nvidia NVIDIA_NIM_API_KEY']);
  });

  it('GitHub Models: the actions that call it', () => {
    expect(catalog.actionVendors('actions/ai-inference', {})).toEqual(['github-models']);
    expect(catalog.actionVendors('github/ai-moderator', {})).toEqual(['github-models']);
    const workflow = [
      'jobs:',
      '  triage:',
      '    steps:',
      '      - uses: actions/ai-inference@v1',
      '      - uses: github/ai-moderator@v1',
    ].join('\n');
    expect(
      readWorkflow('.github/workflows/triage.yml', workflow, catalog).map(
        (e) => `${e.vendor} ${e.name}@${e.line}`,
      ),
    ).toEqual(['github-models actions/ai-inference@4', 'github-models github/ai-moderator@5']);
  });

  it('Azure OpenAI: the OpenAI Go SDK’s azure package and AZURE_OPENAI_KEY', () => {
    expect(importsOf('go', 'github.com/openai/openai-go/azure')).toEqual(['azure-openai']);
    expect(textOf('key := os.Getenv("AZURE_OPENAI_KEY")')).toEqual([
      'azure-openai AZURE_OPENAI_KEY',
    ]);
  });
});

describe('docs/catalog.md', () => {
  it('its vendor table is the catalog’s', () => {
    // The order the table names ecosystems in.
    const order = ['npm', 'pypi', 'go', 'maven', 'nuget', 'rubygems', 'composer', 'crates'];
    const rows = Object.keys(CATALOG.vendors)
      .sort()
      .map((id) => {
        const vendor = CATALOG.vendors[id]!;
        const name =
          vendor.name +
          (vendor.intermediary ? ' — intermediary' : '') +
          (vendor.selfHosted ? ' — self-hosted' : '');
        const ecosystems = order.filter((e) => (vendor.packages[e as Ecosystem] ?? []).length > 0);
        return `| \`${id}\` | ${name} | ${ecosystems.join(', ') || '— (hosts and key names)'} |`;
      });
    const table = ['| id | vendor | ecosystems with packages |', '| --- | --- | --- |', ...rows];
    const doc = readFileSync(new URL('../../docs/catalog.md', import.meta.url), 'utf8');
    expect(doc).toContain(`\n\n${table.join('\n')}\n\n`);
  });
});

describe('imports', () => {
  it('explicit modules: Python, Java, Ruby, Go sub-packages', () => {
    expect(importsOf('python', 'langchain_aws')).toEqual(['aws-bedrock']);
    expect(importsOf('python', 'langchain_fireworks')).toEqual(['fireworks']);
    expect(importsOf('python', 'google.genai')).toEqual(['google']);
    expect(importsOf('python', 'anthropic')).toEqual(['anthropic']);
    expect(importsOf('java', 'com.anthropic')).toEqual(['anthropic']);
    expect(importsOf('java', 'dev.langchain4j.model.anthropic')).toEqual(['anthropic']);
    expect(importsOf('java', 'org.springframework.ai.anthropic')).toEqual(['anthropic']);
    expect(importsOf('ruby', 'openai')).toEqual(['openai']);
    expect(importsOf('ruby', 'hugging_face')).toEqual(['huggingface']);
    expect(importsOf('go', 'github.com/tmc/langchaingo/llms/anthropic')).toEqual(['anthropic']);
  });

  it('derived from package names: npm → js, Go module → go, crate a-b → rust a_b', () => {
    expect(importsOf('js', '@anthropic-ai/sdk')).toEqual(['anthropic']);
    expect(importsOf('go', 'github.com/openai/openai-go')).toEqual(['openai']);
    expect(importsOf('rust', 'async_openai')).toEqual(['openai']);
    // a model-download library is not imported as evidence of inference
    expect(importsOf('python', 'huggingface_hub')).toEqual([]);
  });

  it('sorted without duplicates; registry detect: blocks add theirs', () => {
    const keys = catalog.imports.map((i) => `${i.language}\0${i.module}\0${i.vendor}`);
    expect(keys).toEqual([...new Set(keys)].sort());
    const extended = buildCatalog({ acme: { npm: ['@acme/claude-wrapper'], crates: ['acme-ai'] } });
    expect(extended.imports).toContainEqual({
      language: 'js',
      module: '@acme/claude-wrapper',
      vendor: 'acme',
    });
    expect(extended.imports).toContainEqual({
      language: 'rust',
      module: 'acme_ai',
      vendor: 'acme',
    });
  });
});
