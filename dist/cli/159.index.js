"use strict";
exports.id = 159;
exports.ids = [159];
exports.modules = {

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ parseNow),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   qg: () => (/* binding */ parse),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _load_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
// Argument parsing shared by the commands: node's own parseArgs, errors as GateError (exit 2).



function parse(argv, options, command) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const message = String(error.message)
            .split('\n')[0]
            .replace(/\.$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`${message} (see "ai-vendor-gate ${command} --help").`);
    }
}
function oneOf(value, allowed, flag, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`${flag} must be one of ${allowed.join(', ')}, not "${value}".`);
}
function parseNow(value, today) {
    if (value === undefined || value === '')
        return today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !(0,_load_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarDate */ .tf)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateError */ .u(`--now must be a real date written YYYY-MM-DD, not "${value}".`);
    }
    return value;
}
const FAIL_ON = ['error', 'warning', 'never'];


/***/ }),

/***/ 8500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oY: () => (/* binding */ buildCatalog),
  gE: () => (/* binding */ catalogVendor),
  cL: () => (/* binding */ catalogVendorIds),
  Dd: () => (/* binding */ defaultCatalog),
  MO: () => (/* binding */ packageKey)
});

// UNUSED EXPORTS: CATALOG, ECOSYSTEMS, IMPORT_LANGUAGES, normalizePackage

;// CONCATENATED MODULE: ./src/detect/catalog.json
const catalog_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"../../schemas/catalog.schema.json","version":1,"ignoreTransitive":[{"ecosystem":"npm","name":"@ai-sdk/gateway","reason":"A dependency of the framework package `ai` (AI SDK 5+): installed with every AI SDK app, used only when declared."},{"ecosystem":"pypi","name":"huggingface-hub","reason":"Pulled in by tokenizers, transformers and datasets to download models: not inference use unless declared."},{"ecosystem":"npm","name":"@ai-sdk/anthropic","reason":"A dependency of other AI SDK providers for their wire format (@ai-sdk/amazon-bedrock, @ai-sdk/azure, @ai-sdk/google-vertex, @ai-sdk/minimax, @ai-sdk/anthropic-aws): installed with them, used only when declared."},{"ecosystem":"npm","name":"@ai-sdk/openai","reason":"A dependency of other AI SDK providers for their wire format (@ai-sdk/amazon-bedrock, @ai-sdk/azure, @ai-sdk/google-vertex, @ai-sdk/minimax, @ai-sdk/anthropic-aws): installed with them, used only when declared."},{"ecosystem":"npm","name":"@ai-sdk/google","reason":"A dependency of other AI SDK providers for their wire format (@ai-sdk/amazon-bedrock, @ai-sdk/azure, @ai-sdk/google-vertex, @ai-sdk/minimax, @ai-sdk/anthropic-aws): installed with them, used only when declared."},{"ecosystem":"npm","name":"@ai-sdk/deepseek","reason":"A dependency of other AI SDK providers for their wire format (@ai-sdk/amazon-bedrock, @ai-sdk/azure, @ai-sdk/google-vertex, @ai-sdk/minimax, @ai-sdk/anthropic-aws): installed with them, used only when declared."},{"ecosystem":"npm","name":"@langchain/openai","reason":"A dependency of langchain (0.x) and of OpenAI-compatible LangChain.js providers (@langchain/deepseek, @langchain/xai): used only when declared."},{"ecosystem":"pypi","name":"langchain-openai","reason":"A dependency of OpenAI-compatible LangChain providers (langchain-deepseek, langchain-xai, langchain-perplexity): used only when declared."}],"notImports":[{"language":"python","module":"langchain_aws.graphs","package":{"ecosystem":"pypi","name":"langchain-aws"},"reason":"Amazon Neptune graph database clients (NeptuneGraph, NeptuneAnalyticsGraph, NeptuneRdfGraph) in the langchain-aws package: no model is called, so not Amazon Bedrock.","source":"https://github.com/langchain-ai/langchain-aws/blob/00794a1a978356a40d652049c808a7427d252a44/libs/aws/langchain_aws/graphs/__init__.py"}],"azureClientsIn":{"packages":{"pypi":["openai","langchain-openai"],"npm":["openai","@langchain/openai"]},"sources":["https://github.com/openai/openai-python#microsoft-azure-openai","https://github.com/openai/openai-node#microsoft-azure-openai","https://python.langchain.com/docs/integrations/chat/azure_chat_openai/","https://js.langchain.com/docs/integrations/chat/azure/"]},"vendors":{"anthropic":{"name":"Anthropic","packages":{"npm":["@anthropic-ai/sdk","@ai-sdk/anthropic","@langchain/anthropic","@llamaindex/anthropic","@ai-sdk/anthropic-aws"],"pypi":["anthropic","langchain-anthropic","llama-index-llms-anthropic"],"go":["github.com/anthropics/anthropic-sdk-go","github.com/liushuangls/go-anthropic","github.com/charmbracelet/anthropic-sdk-go"],"maven":["com.anthropic:anthropic-java","com.anthropic:anthropic-java-core","com.anthropic:anthropic-java-client-okhttp","dev.langchain4j:langchain4j-anthropic","org.springframework.ai:spring-ai-anthropic","org.springframework.ai:spring-ai-starter-model-anthropic","dev.langchain4j:langchain4j-anthropic-spring-boot-starter","org.springframework.ai:spring-ai-anthropic-spring-boot-starter","io.quarkiverse.langchain4j:quarkus-langchain4j-anthropic"],"nuget":["Anthropic","Anthropic.SDK"],"rubygems":["anthropic","ruby-anthropic","anthropic-rb","omniai-anthropic"],"composer":["anthropic-ai/sdk","mozex/anthropic-php"],"crates":["clust"]},"imports":{"python":["anthropic","langchain_anthropic","llama_index.llms.anthropic"],"java":["com.anthropic","dev.langchain4j.model.anthropic","org.springframework.ai.anthropic"],"ruby":["anthropic","omniai/anthropic"],"go":["github.com/tmc/langchaingo/llms/anthropic","charm.land/fantasy/providers/anthropic"],"rust":["clust"]},"hosts":["api.anthropic.com","aws-external-anthropic.*.api.aws"],"env":["ANTHROPIC_API_KEY","ANTHROPIC_AWS_API_KEY","ANTHROPIC_AWS_WORKSPACE_ID"],"actions":["anthropics/claude-code-action","anthropics/claude-code-base-action"],"sources":[{"url":"https://docs.anthropic.com/en/api/client-sdks","confirms":"SDK packages per language (npm, PyPI, Go, Maven, NuGet, RubyGems), ANTHROPIC_API_KEY, api.anthropic.com"},{"url":"https://www.npmjs.com/package/@anthropic-ai/sdk","confirms":"npm @anthropic-ai/sdk"},{"url":"https://pypi.org/project/anthropic/","confirms":"PyPI anthropic"},{"url":"https://central.sonatype.com/artifact/com.anthropic/anthropic-java","confirms":"Maven com.anthropic:anthropic-java and its -core/-client-okhttp modules"},{"url":"https://www.nuget.org/packages/Anthropic","confirms":"NuGet Anthropic (official .NET SDK)"},{"url":"https://rubygems.org/gems/anthropic","confirms":"RubyGems anthropic (official, authors: Anthropic); ruby-anthropic and anthropic-rb are community gems"},{"url":"https://pkg.go.dev/github.com/anthropics/anthropic-sdk-go","confirms":"Go module github.com/anthropics/anthropic-sdk-go"},{"url":"https://github.com/anthropics/claude-code-action","confirms":"action anthropics/claude-code-action, inputs anthropic_api_key, use_bedrock, use_vertex"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/anthropic","confirms":"npm @ai-sdk/anthropic"},{"url":"https://js.langchain.com/docs/integrations/chat/anthropic/","confirms":"npm @langchain/anthropic, PyPI langchain-anthropic"},{"url":"https://github.com/vercel/ai/tree/main/packages/anthropic-aws","confirms":"npm @ai-sdk/anthropic-aws (first-party AI SDK provider): Claude Platform on AWS: the Anthropic Messages API at aws-external-anthropic.{region}.api.aws, ANTHROPIC_AWS_API_KEY; Anthropic processes the data"},{"url":"https://packagist.org/packages/anthropic-ai/sdk","confirms":"Composer anthropic-ai/sdk (official PHP SDK)"},{"url":"https://packagist.org/packages/mozex/anthropic-php","confirms":"Composer mozex/anthropic-php (community)"},{"url":"https://rubygems.org/gems/omniai-anthropic","confirms":"RubyGems omniai-anthropic, require \\"omniai/anthropic\\""},{"url":"https://crates.io/crates/clust","confirms":"crate clust (Anthropic API client)"},{"url":"https://pkg.go.dev/github.com/tmc/langchaingo/llms/anthropic","confirms":"Go import github.com/tmc/langchaingo/llms/anthropic"},{"url":"https://docs.langchain4j.dev/integrations/language-models/anthropic","confirms":"Maven dev.langchain4j:langchain4j-anthropic, package dev.langchain4j.model.anthropic"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/anthropic-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-anthropic (1.0) and spring-ai-anthropic-spring-boot-starter (before 1.0), package org.springframework.ai.anthropic"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/anthropic (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"},{"url":"https://github.com/charmbracelet/anthropic-sdk-go","confirms":"Go github.com/charmbracelet/anthropic-sdk-go: Charm\'s fork of the Anthropic Go SDK (mark3labs/mcphost go.mod:51)"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-anthropic (Quarkus LangChain4j\'s anthropic model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"}]},"openai":{"name":"OpenAI","packages":{"npm":["openai","@ai-sdk/openai","@langchain/openai","@llamaindex/openai","openai-edge"],"pypi":["openai","langchain-openai","llama-index-llms-openai","llama-index-embeddings-openai"],"go":["github.com/openai/openai-go","github.com/sashabaranov/go-openai","github.com/charmbracelet/openai-go"],"maven":["com.openai:openai-java","com.openai:openai-java-core","com.theokanning.openai-gpt3-java:service","dev.langchain4j:langchain4j-open-ai","org.springframework.ai:spring-ai-openai","org.springframework.ai:spring-ai-starter-model-openai","dev.langchain4j:langchain4j-open-ai-official","dev.langchain4j:langchain4j-open-ai-spring-boot-starter","org.springframework.ai:spring-ai-openai-spring-boot-starter","org.springframework.ai:spring-ai-starter-model-openai-sdk","org.springframework.ai:spring-ai-openai-sdk","io.quarkiverse.langchain4j:quarkus-langchain4j-openai","io.helidon.integrations.langchain4j.providers:helidon-integrations-langchain4j-providers-open-ai","dev.langchain4j:langchain4j-open-ai-spring-boot4-starter"],"nuget":["OpenAI","Microsoft.SemanticKernel.Connectors.OpenAI","Betalgo.OpenAI","Microsoft.Extensions.AI.OpenAI","OpenAI-DotNet"],"rubygems":["ruby-openai","openai","omniai-openai"],"crates":["async-openai","openai-api-rs"],"composer":["openai-php/client","openai-php/laravel","openai-php/symfony","orhanerday/open-ai"]},"imports":{"python":["openai","langchain_openai","llama_index.llms.openai","llama_index.embeddings.openai"],"java":["com.openai","com.theokanning.openai","dev.langchain4j.model.openai","org.springframework.ai.openai","org.springframework.ai.openaisdk"],"ruby":["openai","omniai/openai"],"go":["github.com/tmc/langchaingo/llms/openai","charm.land/fantasy/providers/openai"]},"hosts":["api.openai.com"],"env":["OPENAI_API_KEY"],"actions":["openai/codex-action"],"sources":[{"url":"https://platform.openai.com/docs/libraries","confirms":"official SDKs: npm openai, PyPI openai, Go github.com/openai/openai-go, Maven com.openai:openai-java, NuGet OpenAI, gem openai; OPENAI_API_KEY; api.openai.com"},{"url":"https://central.sonatype.com/artifact/com.openai/openai-java","confirms":"Maven com.openai:openai-java"},{"url":"https://www.nuget.org/packages/OpenAI","confirms":"NuGet OpenAI (official .NET library)"},{"url":"https://pkg.go.dev/github.com/sashabaranov/go-openai","confirms":"Go community client github.com/sashabaranov/go-openai"},{"url":"https://rubygems.org/gems/ruby-openai","confirms":"RubyGems ruby-openai (community)"},{"url":"https://docs.rs/async-openai","confirms":"crate async-openai (reads OPENAI_API_KEY)"},{"url":"https://github.com/openai/codex-action","confirms":"action openai/codex-action (needs OPENAI_API_KEY)"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/openai","confirms":"npm @ai-sdk/openai"},{"url":"https://packagist.org/packages/openai-php/client","confirms":"Composer openai-php/client, openai-php/laravel, openai-php/symfony"},{"url":"https://packagist.org/packages/orhanerday/open-ai","confirms":"Composer orhanerday/open-ai (community)"},{"url":"https://rubygems.org/gems/omniai-openai","confirms":"RubyGems omniai-openai, require \\"omniai/openai\\""},{"url":"https://pkg.go.dev/github.com/tmc/langchaingo/llms/openai","confirms":"Go import github.com/tmc/langchaingo/llms/openai"},{"url":"https://docs.langchain4j.dev/integrations/language-models/open-ai","confirms":"Maven dev.langchain4j:langchain4j-open-ai and langchain4j-open-ai-official, package dev.langchain4j.model.openai"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/openai-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-openai, spring-ai-openai-spring-boot-starter (before 1.0), spring-ai-starter-model-openai-sdk"},{"url":"https://www.nuget.org/packages/Microsoft.Extensions.AI.OpenAI","confirms":"NuGet Microsoft.Extensions.AI.OpenAI"},{"url":"https://www.nuget.org/packages/OpenAI-DotNet","confirms":"NuGet OpenAI-DotNet (community)"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/openai (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-openai (Quarkus LangChain4j\'s openai model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"},{"url":"https://helidon.io/docs/latest/se/integrations/langchain4j/langchain4j","confirms":"Maven io.helidon.integrations.langchain4j.providers:helidon-integrations-langchain4j-providers-open-ai (langchain4j-examples helidon-examples/coffee-shop-assistant-se/pom.xml:44); dev.langchain4j:langchain4j-open-ai-spring-boot4-starter (spring-boot4-example/pom.xml:31)"}]},"azure-openai":{"name":"Azure OpenAI","packages":{"npm":["@azure/openai","@ai-sdk/azure","@azure-rest/ai-inference"],"pypi":["llama-index-llms-azure-openai","llama-index-embeddings-azure-openai","langchain-azure-ai","azure-ai-inference"],"go":["github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"],"maven":["com.azure:azure-ai-openai","dev.langchain4j:langchain4j-azure-open-ai","org.springframework.ai:spring-ai-azure-openai","org.springframework.ai:spring-ai-starter-model-azure-openai","dev.langchain4j:langchain4j-azure-open-ai-spring-boot-starter","org.springframework.ai:spring-ai-azure-openai-spring-boot-starter","io.quarkiverse.langchain4j:quarkus-langchain4j-azure-openai"],"nuget":["Azure.AI.OpenAI","Microsoft.SemanticKernel.Connectors.AzureOpenAI","Azure.AI.Inference","Microsoft.Extensions.AI.AzureAIInference","Aspire.Azure.AI.OpenAI","Aspire.Hosting.Azure.CognitiveServices"]},"imports":{"python":["llama_index.llms.azure_openai","llama_index.embeddings.azure_openai","langchain_azure_ai","azure.ai.inference"],"java":["com.azure.ai.openai","dev.langchain4j.model.azure","org.springframework.ai.azure.openai"],"go":["github.com/tmc/langchaingo/llms/openai/azure","github.com/openai/openai-go/azure","charm.land/fantasy/providers/azure"]},"hosts":["*.openai.azure.com","*.services.ai.azure.com","*.cognitiveservices.azure.com"],"env":["AZURE_OPENAI_API_KEY","AZURE_OPENAI_ENDPOINT","AZURE_API_KEY","AZURE_RESOURCE_NAME","AZURE_INFERENCE_CREDENTIAL","AZURE_INFERENCE_ENDPOINT","AZURE_OPENAI_KEY"],"actions":[],"sources":[{"url":"https://learn.microsoft.com/azure/ai-services/openai/supported-languages","confirms":"NuGet Azure.AI.OpenAI, Maven com.azure:azure-ai-openai, Go azopenai, npm @azure/openai; AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT; https://<resource>.openai.azure.com"},{"url":"https://www.nuget.org/packages/Azure.AI.OpenAI","confirms":"NuGet Azure.AI.OpenAI"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/azure","confirms":"npm @ai-sdk/azure"},{"url":"https://github.com/vercel/ai/tree/main/packages/azure","confirms":"npm @ai-sdk/azure (first-party AI SDK provider): AZURE_API_KEY, AZURE_RESOURCE_NAME, {resource}.openai.azure.com and {resource}.services.ai.azure.com"},{"url":"https://pypi.org/project/langchain-azure-ai/","confirms":"PyPI langchain-azure-ai (Azure AI Foundry), module langchain_azure_ai; AZURE_INFERENCE_CREDENTIAL, AZURE_INFERENCE_ENDPOINT"},{"url":"https://pypi.org/project/azure-ai-inference/","confirms":"PyPI azure-ai-inference, npm @azure-rest/ai-inference, NuGet Azure.AI.Inference: models hosted by Microsoft Azure"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/azure-openai-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-azure-openai, package org.springframework.ai.azure.openai"},{"url":"https://pkg.go.dev/github.com/openai/openai-go/azure","confirms":"Go import github.com/openai/openai-go/azure (also under the /v2 and /v3 module paths): the official OpenAI Go SDK configured for Azure OpenAI (azure.WithEndpoint, https://<resource>.openai.azure.com)"},{"url":"https://github.com/charmbracelet/mods/blob/0425d0d7861e4bbc396200b3bd2eee1825715300/mods.go","confirms":"used by charmbracelet/mods: :345 AZURE_OPENAI_KEY (the Azure client of internal/openai/openai.go, which imports github.com/openai/openai-go/azure)"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/azure (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-azure-openai (Quarkus LangChain4j\'s azure-openai model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"},{"url":"https://learn.microsoft.com/dotnet/aspire/azureai/azureai-openai-integration","confirms":"NuGet Aspire.Azure.AI.OpenAI (the Azure OpenAI client integration) and Aspire.Hosting.Azure.CognitiveServices (AddAzureOpenAI provisions an Azure OpenAI resource); dotnet/eShop src/eShop.AppHost/eShop.AppHost.csproj:15, Catalog.API.csproj:34"}]},"google":{"name":"Google (Gemini API, Vertex AI)","packages":{"npm":["@google/genai","@google/generative-ai","@google-cloud/vertexai","@google-cloud/aiplatform","@ai-sdk/google","@ai-sdk/google-vertex","@langchain/google-genai","@langchain/google-vertexai","@anthropic-ai/vertex-sdk","@mistralai/mistralai-gcp","@langchain/google","@langchain/google-gauth","@langchain/google-webauth","@langchain/google-vertexai-web"],"pypi":["google-genai","google-generativeai","vertexai","google-cloud-aiplatform","langchain-google-genai","langchain-google-vertexai","llama-index-llms-gemini","llama-index-llms-google-genai","llama-index-llms-vertex","anthropic[vertex]","mistralai[gcp]"],"go":["google.golang.org/genai","github.com/google/generative-ai-go","cloud.google.com/go/vertexai","cloud.google.com/go/aiplatform"],"maven":["com.google.genai:google-genai","com.google.cloud:google-cloud-vertexai","com.google.cloud:google-cloud-aiplatform","com.anthropic:anthropic-java-vertex","dev.langchain4j:langchain4j-google-ai-gemini","dev.langchain4j:langchain4j-vertex-ai-gemini","org.springframework.ai:spring-ai-starter-model-google-genai","org.springframework.ai:spring-ai-vertex-ai-gemini","dev.langchain4j:langchain4j-vertex-ai","dev.langchain4j:langchain4j-google-ai-gemini-spring-boot-starter","dev.langchain4j:langchain4j-vertex-ai-gemini-spring-boot-starter","org.springframework.ai:spring-ai-starter-model-vertex-ai-gemini","org.springframework.ai:spring-ai-starter-model-vertex-ai-embedding","org.springframework.ai:spring-ai-vertex-ai-embedding","org.springframework.ai:spring-ai-google-genai","org.springframework.ai:spring-ai-starter-model-google-genai-embedding","org.springframework.ai:spring-ai-vertex-ai-gemini-spring-boot-starter","io.quarkiverse.langchain4j:quarkus-langchain4j-ai-gemini","io.quarkiverse.langchain4j:quarkus-langchain4j-vertex-ai-gemini"],"nuget":["Google.Cloud.AIPlatform.V1","Anthropic.Vertex","Microsoft.SemanticKernel.Connectors.Google","Google.GenAI"],"composer":["google-gemini-php/client","google-gemini-php/laravel","google/cloud-ai-platform"],"rubygems":["gemini-ai","omniai-google","google-cloud-ai_platform"]},"imports":{"python":["google.genai","google.generativeai","vertexai","google.cloud.aiplatform","langchain_google_genai","langchain_google_vertexai","llama_index.llms.gemini","llama_index.llms.google_genai","llama_index.llms.vertex"],"java":["com.google.genai","com.google.cloud.vertexai","dev.langchain4j.model.googleai","dev.langchain4j.model.vertexai","org.springframework.ai.vertexai.gemini","org.springframework.ai.google.genai","org.springframework.ai.vertexai.embedding"],"go":["github.com/tmc/langchaingo/llms/googleai","github.com/tmc/langchaingo/llms/googleai/vertex","charm.land/fantasy/providers/google"],"ruby":["gemini-ai","omniai/google"]},"hosts":["generativelanguage.googleapis.com","aiplatform.googleapis.com","*-aiplatform.googleapis.com"],"env":["GEMINI_API_KEY","GOOGLE_GENERATIVE_AI_API_KEY","GOOGLE_GENAI_USE_VERTEXAI","GOOGLE_VERTEX_PROJECT","GOOGLE_VERTEX_LOCATION","CLAUDE_CODE_USE_VERTEX","GOOGLE_GEMINI_API_KEY","GOOGLE_VERTEX_API_KEY","GOOGLE_VERTEX_AI_PROJECT_ID"],"actions":["google-github-actions/run-gemini-cli"],"actionInputs":[{"action":"anthropics/claude-code-action","input":"use_vertex"}],"sources":[{"url":"https://ai.google.dev/gemini-api/docs/libraries","confirms":"Gemini SDKs: npm @google/genai, PyPI google-genai, Go google.golang.org/genai, Maven com.google.genai:google-genai; GEMINI_API_KEY; generativelanguage.googleapis.com"},{"url":"https://cloud.google.com/vertex-ai/docs/start/client-libraries","confirms":"Vertex AI: PyPI google-cloud-aiplatform/vertexai, npm @google-cloud/aiplatform, @google-cloud/vertexai, Go cloud.google.com/go/aiplatform; {region}-aiplatform.googleapis.com"},{"url":"https://www.npmjs.com/package/@anthropic-ai/vertex-sdk","confirms":"npm @anthropic-ai/vertex-sdk: Claude on Vertex AI (Google processes the data)"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/google-generative-ai","confirms":"npm @ai-sdk/google, GOOGLE_GENERATIVE_AI_API_KEY; @ai-sdk/google-vertex, GOOGLE_VERTEX_PROJECT, GOOGLE_VERTEX_LOCATION"},{"url":"https://github.com/google-github-actions/run-gemini-cli","confirms":"action google-github-actions/run-gemini-cli"},{"url":"https://github.com/anthropics/claude-code-action","confirms":"use_vertex: true routes claude-code-action through Vertex AI"},{"url":"https://github.com/vercel/ai/tree/main/packages/google","confirms":"npm @ai-sdk/google (first-party AI SDK provider): GOOGLE_GENERATIVE_AI_API_KEY; generativelanguage.googleapis.com"},{"url":"https://github.com/vercel/ai/tree/main/packages/google-vertex","confirms":"npm @ai-sdk/google-vertex (first-party AI SDK provider): GOOGLE_VERTEX_PROJECT, GOOGLE_VERTEX_LOCATION, GOOGLE_VERTEX_API_KEY"},{"url":"https://github.com/langchain-ai/langchainjs/tree/main/libs/providers","confirms":"npm @langchain/google, @langchain/google-gauth, @langchain/google-webauth, @langchain/google-vertexai-web (Google Gemini and Vertex AI)"},{"url":"https://packagist.org/packages/google-gemini-php/client","confirms":"Composer google-gemini-php/client and google-gemini-php/laravel"},{"url":"https://rubygems.org/gems/gemini-ai","confirms":"RubyGems gemini-ai (Gemini API and Vertex AI), require \\"gemini-ai\\""},{"url":"https://github.com/patterns-ai-core/langchainrb/blob/main/langchain.gemspec","confirms":"langchainrb reads GOOGLE_GEMINI_API_KEY and GOOGLE_VERTEX_AI_PROJECT_ID"},{"url":"https://pkg.go.dev/github.com/tmc/langchaingo/llms/googleai","confirms":"Go imports github.com/tmc/langchaingo/llms/googleai and googleai/vertex"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/vertexai-gemini-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-vertex-ai-gemini, spring-ai-vertex-ai-embedding, spring-ai-google-genai"},{"url":"https://www.nuget.org/packages/Google.GenAI","confirms":"NuGet Google.GenAI (official .NET SDK)"},{"url":"https://pypi.org/project/mistralai/","confirms":"PyPI mistralai[gcp]: the extra for Mistral models on Google Cloud Vertex AI (Google processes the data)"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/google (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-ai-gemini (Quarkus LangChain4j\'s google model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one); Maven io.quarkiverse.langchain4j:quarkus-langchain4j-vertex-ai-gemini (Quarkus LangChain4j\'s google model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"}]},"aws-bedrock":{"name":"Amazon Bedrock","packages":{"npm":["@aws-sdk/client-bedrock-runtime","@aws-sdk/client-bedrock","@aws-sdk/client-bedrock-agent-runtime","@aws-sdk/client-bedrock-agent","@anthropic-ai/bedrock-sdk","@ai-sdk/amazon-bedrock","@langchain/aws"],"pypi":["langchain-aws","llama-index-llms-bedrock","llama-index-llms-bedrock-converse","anthropic-bedrock","anthropic[bedrock]"],"go":["github.com/aws/aws-sdk-go-v2/service/bedrockruntime","github.com/aws/aws-sdk-go-v2/service/bedrock","github.com/aws/aws-sdk-go-v2/service/bedrockagentruntime"],"maven":["software.amazon.awssdk:bedrockruntime","software.amazon.awssdk:bedrock","software.amazon.awssdk:bedrockagentruntime","com.anthropic:anthropic-java-bedrock","dev.langchain4j:langchain4j-bedrock","org.springframework.ai:spring-ai-bedrock-converse","org.springframework.ai:spring-ai-starter-model-bedrock","org.springframework.ai:spring-ai-starter-model-bedrock-converse","org.springframework.ai:spring-ai-bedrock","org.springframework.ai:spring-ai-bedrock-ai-spring-boot-starter"],"nuget":["AWSSDK.BedrockRuntime","AWSSDK.Bedrock","Anthropic.Bedrock","Microsoft.SemanticKernel.Connectors.Amazon"],"rubygems":["aws-sdk-bedrockruntime","aws-sdk-bedrock"],"crates":["aws-sdk-bedrockruntime","aws-sdk-bedrock"]},"imports":{"python":["langchain_aws","llama_index.llms.bedrock","llama_index.llms.bedrock_converse"],"java":["software.amazon.awssdk.services.bedrockruntime","software.amazon.awssdk.services.bedrock","software.amazon.awssdk.services.bedrockagentruntime","dev.langchain4j.model.bedrock","org.springframework.ai.bedrock"],"go":["github.com/tmc/langchaingo/llms/bedrock","charm.land/fantasy/providers/bedrock"],"ruby":["aws-sdk-bedrockruntime"]},"hosts":["bedrock-runtime.*.amazonaws.com","bedrock-runtime-fips.*.amazonaws.com","bedrock.*.amazonaws.com","bedrock-agent-runtime.*.amazonaws.com","bedrock-runtime","bedrock-mantle.*.api.aws","bedrock-mantle.*.amazonaws.com","bedrock-agent-runtime"],"env":["AWS_BEARER_TOKEN_BEDROCK","CLAUDE_CODE_USE_BEDROCK"],"actions":[],"actionInputs":[{"action":"anthropics/claude-code-action","input":"use_bedrock"}],"sources":[{"url":"https://docs.aws.amazon.com/general/latest/gr/bedrock.html","confirms":"endpoints bedrock.<region>.amazonaws.com, bedrock-runtime.<region>.amazonaws.com, bedrock-runtime-fips, bedrock-agent-runtime"},{"url":"https://docs.aws.amazon.com/bedrock/latest/userguide/sdk-general-information-section.html","confirms":"AWS SDK Bedrock clients: npm @aws-sdk/client-bedrock-runtime, Go service/bedrockruntime, Maven software.amazon.awssdk:bedrockruntime, NuGet AWSSDK.BedrockRuntime, gem aws-sdk-bedrockruntime, crate aws-sdk-bedrockruntime"},{"url":"https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html","confirms":"AWS_BEARER_TOKEN_BEDROCK"},{"url":"https://www.npmjs.com/package/@anthropic-ai/bedrock-sdk","confirms":"npm @anthropic-ai/bedrock-sdk: Claude on Bedrock (AWS processes the data)"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/amazon-bedrock","confirms":"npm @ai-sdk/amazon-bedrock"},{"url":"https://github.com/anthropics/claude-code-action","confirms":"use_bedrock: true routes claude-code-action through Bedrock; CLAUDE_CODE_USE_BEDROCK"},{"url":"https://github.com/vercel/ai/tree/main/packages/amazon-bedrock","confirms":"npm @ai-sdk/amazon-bedrock (first-party AI SDK provider): AWS_BEARER_TOKEN_BEDROCK, bedrock-runtime.{region}.amazonaws.com"},{"url":"https://pkg.go.dev/github.com/tmc/langchaingo/llms/bedrock","confirms":"Go import github.com/tmc/langchaingo/llms/bedrock"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/bedrock-converse.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-bedrock-converse, spring-ai-bedrock-converse, package org.springframework.ai.bedrock"},{"url":"https://www.nuget.org/packages/Microsoft.SemanticKernel.Connectors.Amazon","confirms":"NuGet Microsoft.SemanticKernel.Connectors.Amazon (Amazon Bedrock)"},{"url":"https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/bedrock-runtime.html","confirms":"boto3 client(\'bedrock-runtime\'): the service name a Python or SDK client names to call Bedrock"},{"url":"https://docs.aws.amazon.com/bedrock/latest/userguide/bedrock-mantle.html","confirms":"Bedrock Mantle, Amazon Bedrock\'s OpenAI- and Anthropic-compatible endpoint: bedrock-mantle.{region}.api.aws (also written bedrock-mantle.{region}.amazonaws.com); used by Mintplex-Labs/anything-llm server/utils/AiProviders/bedrock/index.js:49 and crmne/ruby_llm lib/ruby_llm/providers/bedrock.rb:40"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/bedrock (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"},{"url":"https://docs.aws.amazon.com/bedrock/latest/APIReference/API_Operations_Agents_for_Amazon_Bedrock_Runtime.html","confirms":"boto3.client(\\"bedrock-agent-runtime\\"): the Agents for Amazon Bedrock runtime service name (crewAIInc/crewAI crewai-tools aws/bedrock/agents/invoke_agent_tool.py:104)"}]},"mistral":{"name":"Mistral AI","packages":{"npm":["@mistralai/mistralai","@ai-sdk/mistral","@langchain/mistralai"],"pypi":["mistralai","langchain-mistralai","llama-index-llms-mistralai"],"maven":["dev.langchain4j:langchain4j-mistral-ai","org.springframework.ai:spring-ai-mistral-ai","org.springframework.ai:spring-ai-starter-model-mistral-ai","dev.langchain4j:langchain4j-mistral-ai-spring-boot-starter","org.springframework.ai:spring-ai-mistral-ai-spring-boot-starter","io.quarkiverse.langchain4j:quarkus-langchain4j-mistral-ai"],"rubygems":["mistral-ai","omniai-mistral"],"nuget":["Mistral.SDK","Microsoft.SemanticKernel.Connectors.MistralAI"],"go":["github.com/gage-technologies/mistral-go"],"composer":["partitech/php-mistral","helgesverre/mistral"]},"imports":{"python":["mistralai","langchain_mistralai","llama_index.llms.mistralai"],"java":["dev.langchain4j.model.mistralai","org.springframework.ai.mistralai"],"ruby":["mistral-ai","omniai/mistral"],"go":["github.com/tmc/langchaingo/llms/mistral"]},"hosts":["api.mistral.ai","codestral.mistral.ai"],"env":["MISTRAL_API_KEY","CODESTRAL_API_KEY","MISTRAL_AI_API_KEY"],"actions":[],"sources":[{"url":"https://docs.mistral.ai/getting-started/clients/","confirms":"npm @mistralai/mistralai, PyPI mistralai, MISTRAL_API_KEY, api.mistral.ai"},{"url":"https://docs.mistral.ai/capabilities/code_generation/","confirms":"codestral.mistral.ai, CODESTRAL_API_KEY"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/mistral","confirms":"npm @ai-sdk/mistral"},{"url":"https://github.com/vercel/ai/tree/main/packages/mistral","confirms":"npm @ai-sdk/mistral (first-party AI SDK provider): MISTRAL_API_KEY, api.mistral.ai"},{"url":"https://rubygems.org/gems/mistral-ai","confirms":"RubyGems mistral-ai, require \\"mistral-ai\\""},{"url":"https://github.com/patterns-ai-core/langchainrb/blob/main/langchain.gemspec","confirms":"langchainrb: gems mistral-ai, ruby-openai (require openai), cohere-ruby (require cohere), replicate-ruby (require replicate), hugging-face (require hugging_face); MISTRAL_AI_API_KEY, REPLICATE_API_KEY, HUGGING_FACE_API_KEY"},{"url":"https://www.nuget.org/packages/Mistral.SDK","confirms":"NuGet Mistral.SDK"},{"url":"https://pkg.go.dev/github.com/gage-technologies/mistral-go","confirms":"Go module github.com/gage-technologies/mistral-go"},{"url":"https://packagist.org/packages/partitech/php-mistral","confirms":"Composer partitech/php-mistral"},{"url":"https://packagist.org/packages/helgesverre/mistral","confirms":"Composer helgesverre/mistral"},{"url":"https://docs.langchain4j.dev/integrations/language-models/mistral-ai","confirms":"Maven dev.langchain4j:langchain4j-mistral-ai, package dev.langchain4j.model.mistralai"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/mistralai-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-mistral-ai, package org.springframework.ai.mistralai"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-mistral-ai (Quarkus LangChain4j\'s mistral model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"}]},"cohere":{"name":"Cohere","packages":{"npm":["cohere-ai","@ai-sdk/cohere","@langchain/cohere"],"pypi":["cohere","langchain-cohere","llama-index-llms-cohere"],"go":["github.com/cohere-ai/cohere-go"],"maven":["com.cohere:cohere-java","dev.langchain4j:langchain4j-cohere"],"rubygems":["cohere-ruby"]},"imports":{"python":["cohere","langchain_cohere","llama_index.llms.cohere"],"java":["com.cohere.api","dev.langchain4j.model.cohere"],"ruby":["cohere"],"go":["github.com/tmc/langchaingo/llms/cohere"]},"hosts":["api.cohere.ai","api.cohere.com"],"env":["CO_API_KEY","COHERE_API_KEY"],"actions":[],"sources":[{"url":"https://docs.cohere.com/docs/cohere-works-everywhere","confirms":"SDKs: npm cohere-ai, PyPI cohere, Go github.com/cohere-ai/cohere-go, Maven com.cohere:cohere-java; CO_API_KEY; api.cohere.com"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/cohere","confirms":"npm @ai-sdk/cohere, COHERE_API_KEY"},{"url":"https://github.com/vercel/ai/tree/main/packages/cohere","confirms":"npm @ai-sdk/cohere (first-party AI SDK provider): COHERE_API_KEY, api.cohere.com"},{"url":"https://rubygems.org/gems/cohere-ruby","confirms":"RubyGems cohere-ruby, require \\"cohere\\""},{"url":"https://pkg.go.dev/github.com/tmc/langchaingo/llms/cohere","confirms":"Go import github.com/tmc/langchaingo/llms/cohere"},{"url":"https://docs.langchain4j.dev/integrations/scoring-reranking-models/cohere","confirms":"Maven dev.langchain4j:langchain4j-cohere"}]},"groq":{"name":"Groq","packages":{"npm":["groq-sdk","@ai-sdk/groq","@langchain/groq"],"pypi":["groq","langchain-groq","llama-index-llms-groq"],"rubygems":["groq"],"go":["github.com/conneroisu/groq-go"],"composer":["lucianotonet/groq-php"]},"imports":{"python":["groq","langchain_groq","llama_index.llms.groq"],"ruby":["groq"]},"hosts":["api.groq.com"],"env":["GROQ_API_KEY"],"actions":[],"sources":[{"url":"https://console.groq.com/docs/libraries","confirms":"npm groq-sdk, PyPI groq (official), GROQ_API_KEY, api.groq.com"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/groq","confirms":"npm @ai-sdk/groq"},{"url":"https://github.com/vercel/ai/tree/main/packages/groq","confirms":"npm @ai-sdk/groq (first-party AI SDK provider): GROQ_API_KEY, api.groq.com"},{"url":"https://rubygems.org/gems/groq","confirms":"RubyGems groq, require \\"groq\\""},{"url":"https://pkg.go.dev/github.com/conneroisu/groq-go","confirms":"Go module github.com/conneroisu/groq-go"},{"url":"https://packagist.org/packages/lucianotonet/groq-php","confirms":"Composer lucianotonet/groq-php"}]},"together":{"name":"Together AI","packages":{"npm":["together-ai","@ai-sdk/togetherai","@langchain/together-ai"],"pypi":["together","langchain-together","llama-index-llms-together"]},"imports":{"python":["together","langchain_together","llama_index.llms.together"]},"hosts":["api.together.xyz","api.together.ai"],"env":["TOGETHER_API_KEY","TOGETHER_AI_API_KEY"],"actions":[],"sources":[{"url":"https://docs.together.ai/docs/quickstart","confirms":"npm together-ai, PyPI together (official), TOGETHER_API_KEY, api.together.xyz"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/togetherai","confirms":"npm @ai-sdk/togetherai"},{"url":"https://github.com/vercel/ai/tree/main/packages/togetherai","confirms":"npm @ai-sdk/togetherai (first-party AI SDK provider): TOGETHER_API_KEY, api.together.xyz"},{"url":"https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-together-ai","confirms":"npm @langchain/together-ai, TOGETHER_AI_API_KEY"}]},"replicate":{"name":"Replicate","packages":{"npm":["replicate","@ai-sdk/replicate"],"pypi":["replicate","llama-index-llms-replicate"],"go":["github.com/replicate/replicate-go"],"rubygems":["replicate-ruby"]},"imports":{"python":["replicate","llama_index.llms.replicate"],"ruby":["replicate"]},"hosts":["api.replicate.com"],"env":["REPLICATE_API_TOKEN","REPLICATE_API_KEY"],"actions":[],"sources":[{"url":"https://replicate.com/docs/reference/client-libraries","confirms":"npm replicate, PyPI replicate, Go github.com/replicate/replicate-go, REPLICATE_API_TOKEN, api.replicate.com"},{"url":"https://github.com/vercel/ai/tree/main/packages/replicate","confirms":"npm @ai-sdk/replicate (first-party AI SDK provider): REPLICATE_API_TOKEN"},{"url":"https://rubygems.org/gems/replicate-ruby","confirms":"RubyGems replicate-ruby, require \\"replicate\\""},{"url":"https://github.com/patterns-ai-core/langchainrb/blob/main/langchain.gemspec","confirms":"langchainrb reads REPLICATE_API_KEY"}]},"huggingface":{"name":"Hugging Face","packages":{"npm":["@huggingface/inference","@ai-sdk/huggingface"],"pypi":["huggingface-hub","langchain-huggingface","llama-index-llms-huggingface-api"],"rubygems":["hugging-face"],"maven":["dev.langchain4j:langchain4j-hugging-face","org.springframework.ai:spring-ai-huggingface","org.springframework.ai:spring-ai-starter-model-huggingface","io.quarkiverse.langchain4j:quarkus-langchain4j-hugging-face"],"nuget":["Microsoft.SemanticKernel.Connectors.HuggingFace"]},"imports":{"python":["langchain_huggingface","llama_index.llms.huggingface_api"],"ruby":["hugging_face"],"go":["github.com/tmc/langchaingo/llms/huggingface"],"java":["dev.langchain4j.model.huggingface","org.springframework.ai.huggingface"]},"hosts":["api-inference.huggingface.co","router.huggingface.co","*.endpoints.huggingface.cloud"],"env":["HF_TOKEN","HUGGINGFACEHUB_API_TOKEN","HUGGING_FACE_HUB_TOKEN","HUGGINGFACE_API_KEY","HUGGING_FACE_API_KEY"],"actions":[],"sources":[{"url":"https://huggingface.co/docs/inference-providers/index","confirms":"router.huggingface.co, HF_TOKEN, npm @huggingface/inference, PyPI huggingface_hub InferenceClient"},{"url":"https://huggingface.co/docs/huggingface_hub/package_reference/environment_variables","confirms":"HF_TOKEN, HUGGING_FACE_HUB_TOKEN"},{"url":"https://huggingface.co/docs/inference-endpoints/index","confirms":"*.endpoints.huggingface.cloud"},{"url":"https://github.com/vercel/ai/tree/main/packages/huggingface","confirms":"npm @ai-sdk/huggingface (first-party AI SDK provider): HUGGINGFACE_API_KEY, router.huggingface.co"},{"url":"https://rubygems.org/gems/hugging-face","confirms":"RubyGems hugging-face, require \\"hugging_face\\""},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/huggingface.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-huggingface, package org.springframework.ai.huggingface"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-hugging-face (Quarkus LangChain4j\'s huggingface model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"}]},"perplexity":{"name":"Perplexity","packages":{"npm":["@perplexity-ai/perplexity_ai","@ai-sdk/perplexity","@langchain/perplexity"],"pypi":["perplexityai","langchain-perplexity","llama-index-llms-perplexity"]},"imports":{"python":["perplexity","langchain_perplexity","llama_index.llms.perplexity"]},"hosts":["api.perplexity.ai"],"env":["PERPLEXITY_API_KEY","PPLX_API_KEY"],"actions":[],"sources":[{"url":"https://docs.perplexity.ai/guides/perplexity-sdk","confirms":"PyPI perplexityai, npm @perplexity-ai/perplexity_ai, PERPLEXITY_API_KEY, api.perplexity.ai"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/perplexity","confirms":"npm @ai-sdk/perplexity"},{"url":"https://github.com/vercel/ai/tree/main/packages/perplexity","confirms":"npm @ai-sdk/perplexity (first-party AI SDK provider): PERPLEXITY_API_KEY, api.perplexity.ai"},{"url":"https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-perplexity","confirms":"npm @langchain/perplexity"}]},"xai":{"name":"xAI","packages":{"npm":["@ai-sdk/xai","@langchain/xai"],"pypi":["xai-sdk","langchain-xai"]},"imports":{"python":["xai_sdk","langchain_xai"]},"hosts":["api.x.ai"],"env":["XAI_API_KEY"],"actions":[],"sources":[{"url":"https://docs.x.ai/docs/overview","confirms":"api.x.ai, XAI_API_KEY, PyPI xai-sdk (official)"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/xai","confirms":"npm @ai-sdk/xai"},{"url":"https://github.com/vercel/ai/tree/main/packages/xai","confirms":"npm @ai-sdk/xai (first-party AI SDK provider): XAI_API_KEY, api.x.ai"}]},"deepseek":{"name":"DeepSeek","packages":{"npm":["@ai-sdk/deepseek","@langchain/deepseek"],"pypi":["langchain-deepseek","llama-index-llms-deepseek"],"rubygems":["omniai-deepseek"],"maven":["org.springframework.ai:spring-ai-deepseek","org.springframework.ai:spring-ai-starter-model-deepseek"]},"imports":{"python":["langchain_deepseek","llama_index.llms.deepseek"],"ruby":["omniai/deepseek"],"java":["org.springframework.ai.deepseek"]},"hosts":["api.deepseek.com"],"env":["DEEPSEEK_API_KEY"],"actions":[],"sources":[{"url":"https://api-docs.deepseek.com/","confirms":"api.deepseek.com via the OpenAI SDK (no SDK of its own), DEEPSEEK_API_KEY"},{"url":"https://ai-sdk.dev/providers/ai-sdk-providers/deepseek","confirms":"npm @ai-sdk/deepseek"},{"url":"https://github.com/vercel/ai/tree/main/packages/deepseek","confirms":"npm @ai-sdk/deepseek (first-party AI SDK provider): DEEPSEEK_API_KEY, api.deepseek.com"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/deepseek-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-deepseek, package org.springframework.ai.deepseek"},{"url":"https://rubygems.org/gems/omniai-deepseek","confirms":"RubyGems omniai-deepseek"}]},"openrouter":{"name":"OpenRouter","intermediary":true,"packages":{"npm":["@openrouter/ai-sdk-provider","@openrouter/sdk","@langchain/openrouter"],"pypi":["openrouter","llama-index-llms-openrouter"]},"imports":{"python":["openrouter","llama_index.llms.openrouter"],"go":["charm.land/fantasy/providers/openrouter"]},"hosts":["openrouter.ai/api"],"env":["OPENROUTER_API_KEY"],"actions":[],"sources":[{"url":"https://openrouter.ai/docs/quickstart","confirms":"https://openrouter.ai/api/v1, OPENROUTER_API_KEY, PyPI openrouter (official SDK), npm @openrouter/sdk"},{"url":"https://www.npmjs.com/package/@openrouter/ai-sdk-provider","confirms":"npm @openrouter/ai-sdk-provider"},{"url":"https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-openrouter","confirms":"npm @langchain/openrouter"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/openrouter (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"}]},"vercel-ai-gateway":{"name":"Vercel AI Gateway","intermediary":true,"packages":{"npm":["@ai-sdk/gateway"],"pypi":["llama-index-llms-vercel-ai-gateway"]},"imports":{"python":["llama_index.llms.vercel_ai_gateway"],"go":["charm.land/fantasy/providers/vercel"]},"hosts":["ai-gateway.vercel.sh"],"env":["AI_GATEWAY_API_KEY","VERCEL_AI_GATEWAY_API_KEY"],"actions":[],"sources":[{"url":"https://vercel.com/docs/ai-gateway","confirms":"npm @ai-sdk/gateway, AI_GATEWAY_API_KEY, https://ai-gateway.vercel.sh/v1"},{"url":"https://docs.litellm.ai/docs/providers/vercel_ai_gateway","confirms":"base URL https://ai-gateway.vercel.sh/v1, VERCEL_AI_GATEWAY_API_KEY"},{"url":"https://developers.llamaindex.ai/python/examples/llm/vercel-ai-gateway","confirms":"PyPI llama-index-llms-vercel-ai-gateway"},{"url":"https://github.com/vercel/ai/tree/main/packages/gateway","confirms":"npm @ai-sdk/gateway (first-party AI SDK provider): AI_GATEWAY_API_KEY; a dependency of the `ai` package, which routes plain model strings through the gateway"},{"url":"https://github.com/charmbracelet/fantasy","confirms":"Go import charm.land/fantasy/providers/vercel (Charm\'s provider library behind charmbracelet/crush and mark3labs/mcphost: internal/models/providers.go imports it)"}]},"ollama":{"name":"Ollama","selfHosted":true,"packages":{"npm":["ollama","ollama-ai-provider","ollama-ai-provider-v2","@langchain/ollama"],"pypi":["ollama","langchain-ollama","llama-index-llms-ollama"],"go":["github.com/ollama/ollama"],"maven":["dev.langchain4j:langchain4j-ollama","org.springframework.ai:spring-ai-ollama","org.springframework.ai:spring-ai-starter-model-ollama","dev.langchain4j:langchain4j-ollama-spring-boot-starter","org.springframework.ai:spring-ai-ollama-spring-boot-starter","io.github.ollama4j:ollama4j","io.quarkiverse.langchain4j:quarkus-langchain4j-ollama"],"nuget":["OllamaSharp","Microsoft.SemanticKernel.Connectors.Ollama","Microsoft.Extensions.AI.Ollama","CommunityToolkit.Aspire.OllamaSharp","CommunityToolkit.Aspire.Hosting.Ollama"],"crates":["ollama-rs"],"rubygems":["ollama-ai"]},"imports":{"python":["ollama","langchain_ollama","llama_index.llms.ollama"],"java":["dev.langchain4j.model.ollama","org.springframework.ai.ollama","io.github.ollama4j"],"ruby":["ollama-ai"],"go":["github.com/tmc/langchaingo/llms/ollama"],"rust":["ollama_rs"]},"hosts":["localhost:11434","127.0.0.1:11434"],"env":["OLLAMA_HOST","OLLAMA_BASE_URL"],"actions":[],"sources":[{"url":"https://github.com/ollama/ollama/blob/main/docs/api.md","confirms":"default address localhost:11434, OLLAMA_HOST, Go module github.com/ollama/ollama (api package)"},{"url":"https://github.com/ollama/ollama-js","confirms":"npm ollama"},{"url":"https://github.com/ollama/ollama-python","confirms":"PyPI ollama"},{"url":"https://www.nuget.org/packages/OllamaSharp","confirms":"NuGet OllamaSharp"},{"url":"https://rubygems.org/gems/ollama-ai","confirms":"RubyGems ollama-ai"},{"url":"https://pkg.go.dev/github.com/tmc/langchaingo/llms/ollama","confirms":"Go import github.com/tmc/langchaingo/llms/ollama"},{"url":"https://central.sonatype.com/artifact/io.github.ollama4j/ollama4j","confirms":"Maven io.github.ollama4j:ollama4j"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-ollama (Quarkus LangChain4j\'s ollama model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"},{"url":"https://learn.microsoft.com/dotnet/aspire/community-toolkit/ollama","confirms":"NuGet CommunityToolkit.Aspire.Hosting.Ollama and CommunityToolkit.Aspire.OllamaSharp (dotnet/eShop eShop.AppHost.csproj:17, WebApp.csproj:22)"}]},"ollama-cloud":{"name":"Ollama Cloud","packages":{},"hosts":["ollama.com/api","ollama.com/v1"],"env":[],"actions":[],"sources":[{"url":"https://docs.ollama.com/cloud","confirms":"Ollama\'s hosted models: the API at https://ollama.com/api (and its OpenAI-compatible https://ollama.com/v1), run by Ollama, not on the organization\'s machines. Its key name, OLLAMA_API_KEY, is not a signature: self-hosted Ollama behind an authenticating proxy uses the same name (0xPlaygrounds/rig sends it to a base URL that defaults to localhost)"},{"url":"https://github.com/crmne/ruby_llm/blob/fb5a49bf04da78d3e74496431ad1c99df5e7e5f0/lib/ruby_llm/providers/ollama_cloud.rb","confirms":"used by crmne/ruby_llm: :15 \'https://ollama.com/v1\'"}]},"fireworks":{"name":"Fireworks AI","packages":{"npm":["@ai-sdk/fireworks","@langchain/fireworks"],"pypi":["fireworks-ai","langchain-fireworks","llama-index-llms-fireworks"]},"imports":{"python":["fireworks","fireworks.client","langchain_fireworks","llama_index.llms.fireworks"]},"hosts":["api.fireworks.ai"],"env":["FIREWORKS_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/fireworks","confirms":"npm @ai-sdk/fireworks (first-party AI SDK provider): FIREWORKS_API_KEY, api.fireworks.ai/inference/v1"},{"url":"https://pypi.org/project/fireworks-ai/","confirms":"PyPI fireworks-ai (module fireworks)"},{"url":"https://pypi.org/project/langchain-fireworks/","confirms":"PyPI langchain-fireworks (module langchain_fireworks)"},{"url":"https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-fireworks","confirms":"npm @langchain/fireworks, FIREWORKS_API_KEY"},{"url":"https://pypi.org/project/llama-index-llms-fireworks/","confirms":"PyPI llama-index-llms-fireworks"}]},"cerebras":{"name":"Cerebras","packages":{"npm":["@ai-sdk/cerebras","@cerebras/cerebras_cloud_sdk"],"pypi":["cerebras-cloud-sdk","langchain-cerebras"]},"imports":{"python":["cerebras.cloud.sdk","langchain_cerebras"]},"hosts":["api.cerebras.ai"],"env":["CEREBRAS_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/cerebras","confirms":"npm @ai-sdk/cerebras (first-party AI SDK provider): CEREBRAS_API_KEY, api.cerebras.ai"},{"url":"https://pypi.org/project/cerebras-cloud-sdk/","confirms":"PyPI cerebras-cloud-sdk (module cerebras.cloud.sdk), npm @cerebras/cerebras_cloud_sdk"},{"url":"https://pypi.org/project/langchain-cerebras/","confirms":"PyPI langchain-cerebras"}]},"deepinfra":{"name":"DeepInfra","packages":{"npm":["@ai-sdk/deepinfra"],"pypi":["llama-index-llms-deepinfra"]},"imports":{"python":["llama_index.llms.deepinfra"]},"hosts":["api.deepinfra.com"],"env":["DEEPINFRA_API_KEY","DEEPINFRA_API_TOKEN"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/deepinfra","confirms":"npm @ai-sdk/deepinfra (first-party AI SDK provider): DEEPINFRA_API_KEY, api.deepinfra.com/v1"},{"url":"https://python.langchain.com/docs/integrations/providers/deepinfra/","confirms":"DEEPINFRA_API_TOKEN"}]},"baseten":{"name":"Baseten","packages":{"npm":["@ai-sdk/baseten"],"pypi":["baseten"]},"imports":{"python":["baseten"]},"hosts":["inference.baseten.co","*.api.baseten.co"],"env":["BASETEN_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/baseten","confirms":"npm @ai-sdk/baseten (first-party AI SDK provider): BASETEN_API_KEY, inference.baseten.co/v1, model endpoints at {model}.api.baseten.co"},{"url":"https://pypi.org/project/baseten/","confirms":"PyPI baseten"}]},"alibaba":{"name":"Alibaba Cloud Model Studio (Qwen, DashScope)","packages":{"npm":["@ai-sdk/alibaba"],"pypi":["dashscope","llama-index-llms-dashscope"],"maven":["com.alibaba:dashscope-sdk-java","dev.langchain4j:langchain4j-community-dashscope"]},"imports":{"python":["dashscope","llama_index.llms.dashscope"],"java":["com.alibaba.dashscope","dev.langchain4j.community.model.dashscope"]},"hosts":["dashscope.aliyuncs.com","dashscope-intl.aliyuncs.com"],"env":["DASHSCOPE_API_KEY","ALIBABA_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/alibaba","confirms":"npm @ai-sdk/alibaba (first-party AI SDK provider): ALIBABA_API_KEY, dashscope-intl.aliyuncs.com"},{"url":"https://pypi.org/project/dashscope/","confirms":"PyPI dashscope, DASHSCOPE_API_KEY, dashscope.aliyuncs.com"},{"url":"https://central.sonatype.com/artifact/com.alibaba/dashscope-sdk-java","confirms":"Maven com.alibaba:dashscope-sdk-java"},{"url":"https://docs.langchain4j.dev/integrations/language-models/dashscope","confirms":"Maven dev.langchain4j:langchain4j-community-dashscope"}]},"bytedance":{"name":"ByteDance (BytePlus ModelArk, Volcano Engine Ark)","packages":{"npm":["@ai-sdk/bytedance"],"pypi":["volcengine-python-sdk[ark]"]},"hosts":["ark.*.bytepluses.com","ark.*.volces.com"],"env":["ARK_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/bytedance","confirms":"npm @ai-sdk/bytedance (first-party AI SDK provider): ARK_API_KEY, ark.ap-southeast.bytepluses.com/api/v3"}]},"minimax":{"name":"MiniMax","packages":{"npm":["@ai-sdk/minimax"],"maven":["org.springframework.ai:spring-ai-minimax","org.springframework.ai:spring-ai-starter-model-minimax"]},"imports":{"java":["org.springframework.ai.minimax"]},"hosts":["api.minimax.io","api.minimaxi.com","api.minimax.chat"],"env":["MINIMAX_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/minimax","confirms":"npm @ai-sdk/minimax (first-party AI SDK provider): MINIMAX_API_KEY, api.minimax.io"},{"url":"https://docs.spring.io/spring-ai/reference/api/chat/minimax-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-minimax; api.minimax.chat"}]},"moonshot":{"name":"Moonshot AI (Kimi)","packages":{"npm":["@ai-sdk/moonshotai"],"maven":["org.springframework.ai:spring-ai-moonshot"]},"hosts":["api.moonshot.ai","api.moonshot.cn"],"env":["MOONSHOT_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/moonshotai","confirms":"npm @ai-sdk/moonshotai (first-party AI SDK provider): MOONSHOT_API_KEY, api.moonshot.ai/v1"},{"url":"https://platform.moonshot.ai/docs","confirms":"api.moonshot.ai and api.moonshot.cn"}]},"zhipu":{"name":"Zhipu AI (GLM)","packages":{"pypi":["zhipuai","zai-sdk"],"maven":["org.springframework.ai:spring-ai-zhipuai","org.springframework.ai:spring-ai-starter-model-zhipuai","dev.langchain4j:langchain4j-community-zhipu-ai"]},"imports":{"python":["zhipuai","zai"],"java":["org.springframework.ai.zhipuai"]},"hosts":["open.bigmodel.cn","api.z.ai"],"env":["ZHIPUAI_API_KEY","ZAI_API_KEY"],"actions":[],"sources":[{"url":"https://docs.spring.io/spring-ai/reference/api/chat/zhipuai-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-zhipuai, open.bigmodel.cn"},{"url":"https://pypi.org/project/zhipuai/","confirms":"PyPI zhipuai, ZHIPUAI_API_KEY"}]},"ibm-watsonx":{"name":"IBM watsonx.ai","packages":{"npm":["@langchain/ibm","@ibm-cloud/watsonx-ai"],"pypi":["langchain-ibm","ibm-watsonx-ai","ibm-watson-machine-learning","llama-index-llms-ibm"],"maven":["dev.langchain4j:langchain4j-watsonx","org.springframework.ai:spring-ai-watsonx-ai","io.quarkiverse.langchain4j:quarkus-langchain4j-watsonx"],"go":["github.com/IBM/watsonx-go"]},"imports":{"python":["langchain_ibm","ibm_watsonx_ai","ibm_watson_machine_learning","llama_index.llms.ibm"],"go":["github.com/tmc/langchaingo/llms/watsonx"],"java":["dev.langchain4j.model.watsonx","org.springframework.ai.watsonx"]},"hosts":["*.ml.cloud.ibm.com"],"env":["WATSONX_APIKEY","WATSONX_API_KEY","WATSONX_AI_APIKEY","WATSONX_PROJECT_ID"],"actions":[],"sources":[{"url":"https://pypi.org/project/langchain-ibm/","confirms":"PyPI langchain-ibm (through ibm-watsonx-ai), WATSONX_APIKEY"},{"url":"https://github.com/langchain-ai/langchainjs/tree/main/libs/providers/langchain-ibm","confirms":"npm @langchain/ibm (IBM watsonx.ai)"},{"url":"https://pypi.org/project/ibm-watsonx-ai/","confirms":"PyPI ibm-watsonx-ai, {region}.ml.cloud.ibm.com"},{"url":"https://docs.langchain4j.dev/integrations/language-models/watsonx","confirms":"Maven dev.langchain4j:langchain4j-watsonx"},{"url":"https://pkg.go.dev/github.com/IBM/watsonx-go","confirms":"Go module github.com/IBM/watsonx-go (IBM\'s watsonx.ai client)"},{"url":"https://docs.quarkiverse.io/quarkus-langchain4j/dev/index.html","confirms":"Maven io.quarkiverse.langchain4j:quarkus-langchain4j-watsonx (Quarkus LangChain4j\'s ibm-watsonx model provider; quarkus-example/pom.xml:22 of langchain4j/langchain4j-examples uses the OpenAI one)"}]},"oracle-oci-genai":{"name":"Oracle OCI Generative AI","packages":{"maven":["org.springframework.ai:spring-ai-oci-genai","org.springframework.ai:spring-ai-starter-model-oci-genai","com.oracle.oci.sdk:oci-java-sdk-generativeaiinference"],"pypi":["langchain-oci"],"npm":["oci-generativeaiinference"]},"imports":{"java":["org.springframework.ai.oci","com.oracle.bmc.generativeaiinference"],"python":["langchain_oci"]},"hosts":["inference.generativeai.*.oci.oraclecloud.com"],"env":[],"actions":[],"sources":[{"url":"https://docs.spring.io/spring-ai/reference/api/chat/oci-genai/cohere-chat.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-oci-genai, inference.generativeai.{region}.oci.oraclecloud.com"},{"url":"https://central.sonatype.com/artifact/com.oracle.oci.sdk/oci-java-sdk-generativeaiinference","confirms":"Maven com.oracle.oci.sdk:oci-java-sdk-generativeaiinference"}]},"stability":{"name":"Stability AI","packages":{"maven":["org.springframework.ai:spring-ai-stability-ai","org.springframework.ai:spring-ai-starter-model-stability-ai"],"pypi":["stability-sdk"]},"imports":{"java":["org.springframework.ai.stabilityai"],"python":["stability_sdk"]},"hosts":["api.stability.ai"],"env":["STABILITY_API_KEY"],"actions":[],"sources":[{"url":"https://docs.spring.io/spring-ai/reference/api/image/stabilityai-image.html","confirms":"Maven org.springframework.ai:spring-ai-starter-model-stability-ai, api.stability.ai"},{"url":"https://platform.stability.ai/docs/getting-started","confirms":"STABILITY_API_KEY, api.stability.ai"}]},"voyage":{"name":"Voyage AI","packages":{"npm":["@ai-sdk/voyage","voyageai"],"pypi":["voyageai","langchain-voyageai","llama-index-embeddings-voyageai"],"maven":["dev.langchain4j:langchain4j-voyage-ai"],"rubygems":["voyageai"]},"imports":{"python":["voyageai","langchain_voyageai","llama_index.embeddings.voyageai"],"ruby":["voyageai"],"java":["dev.langchain4j.model.voyageai"],"js":["@langchain/community/embeddings/voyage"]},"hosts":["api.voyageai.com"],"env":["VOYAGE_API_KEY","VOYAGEAI_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/voyage","confirms":"npm @ai-sdk/voyage (first-party AI SDK provider): VOYAGE_API_KEY, api.voyageai.com/v1"},{"url":"https://pypi.org/project/voyageai/","confirms":"PyPI voyageai, npm voyageai"},{"url":"https://pypi.org/project/langchain-voyageai/","confirms":"PyPI langchain-voyageai"},{"url":"https://docs.langchain4j.dev/integrations/embedding-models/voyage-ai","confirms":"Maven dev.langchain4j:langchain4j-voyage-ai"},{"url":"https://rubygems.org/gems/voyageai","confirms":"RubyGems voyageai"},{"url":"https://js.langchain.com/docs/integrations/text_embedding/voyageai","confirms":"LangChain.js VoyageEmbeddings, imported from @langchain/community/embeddings/voyage, reads VOYAGEAI_API_KEY; used by Mintplex-Labs/anything-llm server/utils/EmbeddingEngines/voyageAi/index.js:8"}]},"nvidia":{"name":"NVIDIA API Catalog (NIM)","packages":{"pypi":["langchain-nvidia-ai-endpoints","llama-index-llms-nvidia"]},"imports":{"python":["langchain_nvidia_ai_endpoints","llama_index.llms.nvidia"]},"hosts":["integrate.api.nvidia.com","ai.api.nvidia.com"],"env":["NVIDIA_API_KEY","NVIDIA_NIM_API_KEY"],"actions":[],"sources":[{"url":"https://pypi.org/project/langchain-nvidia-ai-endpoints/","confirms":"PyPI langchain-nvidia-ai-endpoints, NVIDIA_API_KEY, integrate.api.nvidia.com"},{"url":"https://docs.litellm.ai/docs/providers/nvidia_nim","confirms":"NVIDIA_NIM_API_KEY, the key name LiteLLM reads for NVIDIA NIM (crewAIInc/crewAI constants)"}]},"ai21":{"name":"AI21 Labs","packages":{"pypi":["ai21","langchain-ai21"],"rubygems":["ai21"]},"imports":{"python":["ai21","langchain_ai21"],"ruby":["ai21"]},"hosts":["api.ai21.com"],"env":["AI21_API_KEY"],"actions":[],"sources":[{"url":"https://pypi.org/project/ai21/","confirms":"PyPI ai21, AI21_API_KEY, api.ai21.com"},{"url":"https://pypi.org/project/langchain-ai21/","confirms":"PyPI langchain-ai21"},{"url":"https://github.com/patterns-ai-core/langchainrb/blob/main/langchain.gemspec","confirms":"RubyGems ai21"}]},"assemblyai":{"name":"AssemblyAI","packages":{"npm":["@ai-sdk/assemblyai","assemblyai"],"pypi":["assemblyai"],"go":["github.com/AssemblyAI/assemblyai-go-sdk"],"rubygems":["assemblyai"]},"imports":{"python":["assemblyai"],"ruby":["assemblyai"]},"hosts":["api.assemblyai.com","api.eu.assemblyai.com"],"env":["ASSEMBLYAI_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/assemblyai","confirms":"npm @ai-sdk/assemblyai (first-party AI SDK provider): ASSEMBLYAI_API_KEY, api.assemblyai.com"},{"url":"https://www.assemblyai.com/docs/sdks","confirms":"SDKs: npm assemblyai, PyPI assemblyai, Go github.com/AssemblyAI/assemblyai-go-sdk, RubyGems assemblyai"}]},"deepgram":{"name":"Deepgram","packages":{"npm":["@ai-sdk/deepgram","@deepgram/sdk"],"pypi":["deepgram-sdk"],"go":["github.com/deepgram/deepgram-go-sdk"]},"imports":{"python":["deepgram"]},"hosts":["api.deepgram.com"],"env":["DEEPGRAM_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/deepgram","confirms":"npm @ai-sdk/deepgram (first-party AI SDK provider): DEEPGRAM_API_KEY, api.deepgram.com"},{"url":"https://developers.deepgram.com/docs/sdk-feature-matrix","confirms":"SDKs: npm @deepgram/sdk, PyPI deepgram-sdk (module deepgram), Go github.com/deepgram/deepgram-go-sdk"}]},"gladia":{"name":"Gladia","packages":{"npm":["@ai-sdk/gladia"]},"hosts":["api.gladia.io"],"env":["GLADIA_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/gladia","confirms":"npm @ai-sdk/gladia (first-party AI SDK provider): GLADIA_API_KEY, api.gladia.io"}]},"rev-ai":{"name":"Rev.ai","packages":{"npm":["@ai-sdk/revai","revai-node-sdk"],"pypi":["rev-ai"]},"imports":{"python":["rev_ai"]},"hosts":["api.rev.ai"],"env":["REVAI_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/revai","confirms":"npm @ai-sdk/revai (first-party AI SDK provider): REVAI_API_KEY, api.rev.ai"},{"url":"https://pypi.org/project/rev-ai/","confirms":"PyPI rev-ai (module rev_ai), npm revai-node-sdk"}]},"elevenlabs":{"name":"ElevenLabs","packages":{"npm":["@ai-sdk/elevenlabs","@elevenlabs/elevenlabs-js","elevenlabs"],"pypi":["elevenlabs"],"maven":["org.springframework.ai:spring-ai-elevenlabs","org.springframework.ai:spring-ai-starter-model-elevenlabs"]},"imports":{"python":["elevenlabs"]},"hosts":["api.elevenlabs.io"],"env":["ELEVENLABS_API_KEY","ELEVEN_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/elevenlabs","confirms":"npm @ai-sdk/elevenlabs (first-party AI SDK provider): ELEVENLABS_API_KEY, api.elevenlabs.io"},{"url":"https://elevenlabs.io/docs/api-reference/introduction","confirms":"SDKs npm @elevenlabs/elevenlabs-js (formerly elevenlabs), PyPI elevenlabs"}]},"lmnt":{"name":"LMNT","packages":{"npm":["@ai-sdk/lmnt","lmnt-node"],"pypi":["lmnt"]},"imports":{"python":["lmnt"]},"hosts":["api.lmnt.com"],"env":["LMNT_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/lmnt","confirms":"npm @ai-sdk/lmnt (first-party AI SDK provider): LMNT_API_KEY, api.lmnt.com"},{"url":"https://pypi.org/project/lmnt/","confirms":"PyPI lmnt, npm lmnt-node"}]},"hume":{"name":"Hume AI","packages":{"npm":["@ai-sdk/hume","hume"],"pypi":["hume"]},"imports":{"python":["hume"]},"hosts":["api.hume.ai"],"env":["HUME_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/hume","confirms":"npm @ai-sdk/hume (first-party AI SDK provider): HUME_API_KEY, api.hume.ai"},{"url":"https://pypi.org/project/hume/","confirms":"PyPI hume, npm hume"}]},"cartesia":{"name":"Cartesia","packages":{"npm":["@ai-sdk/cartesia","@cartesia/cartesia-js"],"pypi":["cartesia"]},"imports":{"python":["cartesia"]},"hosts":["api.cartesia.ai"],"env":["CARTESIA_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/cartesia","confirms":"npm @ai-sdk/cartesia (first-party AI SDK provider): CARTESIA_API_KEY, api.cartesia.ai"},{"url":"https://pypi.org/project/cartesia/","confirms":"PyPI cartesia, npm @cartesia/cartesia-js"}]},"fish-audio":{"name":"Fish Audio","packages":{"npm":["@ai-sdk/fish-audio"],"pypi":["fish-audio-sdk"]},"imports":{"python":["fish_audio_sdk"]},"hosts":["api.fish.audio"],"env":["FISH_AUDIO_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/fish-audio","confirms":"npm @ai-sdk/fish-audio (first-party AI SDK provider): FISH_AUDIO_API_KEY, api.fish.audio"},{"url":"https://pypi.org/project/fish-audio-sdk/","confirms":"PyPI fish-audio-sdk"}]},"fal":{"name":"fal.ai","packages":{"npm":["@ai-sdk/fal","@fal-ai/client","@fal-ai/serverless-client"],"pypi":["fal-client"]},"imports":{"python":["fal_client"]},"hosts":["fal.run","queue.fal.run","rest.alpha.fal.ai"],"env":["FAL_KEY","FAL_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/fal","confirms":"npm @ai-sdk/fal (first-party AI SDK provider): FAL_API_KEY or FAL_KEY, fal.run"},{"url":"https://docs.fal.ai/clients/javascript","confirms":"npm @fal-ai/client (formerly @fal-ai/serverless-client), PyPI fal-client, FAL_KEY"}]},"luma":{"name":"Luma AI","packages":{"npm":["@ai-sdk/luma","lumaai"],"pypi":["lumaai"]},"imports":{"python":["lumaai"]},"hosts":["api.lumalabs.ai"],"env":["LUMA_API_KEY","LUMAAI_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/luma","confirms":"npm @ai-sdk/luma (first-party AI SDK provider): LUMA_API_KEY, api.lumalabs.ai"},{"url":"https://pypi.org/project/lumaai/","confirms":"PyPI lumaai, npm lumaai, LUMAAI_API_KEY"}]},"black-forest-labs":{"name":"Black Forest Labs (FLUX)","packages":{"npm":["@ai-sdk/black-forest-labs"]},"hosts":["api.bfl.ai","api.bfl.ml","api.*.bfl.ai"],"env":["BFL_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/black-forest-labs","confirms":"npm @ai-sdk/black-forest-labs (first-party AI SDK provider): BFL_API_KEY, api.bfl.ai/v1"}]},"kling-ai":{"name":"Kling AI (Kuaishou)","packages":{"npm":["@ai-sdk/klingai"]},"hosts":["api.klingai.com","api-singapore.klingai.com","api-beijing.klingai.com"],"env":["KLINGAI_API_KEY","KLINGAI_ACCESS_KEY","KLINGAI_SECRET_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/klingai","confirms":"npm @ai-sdk/klingai (first-party AI SDK provider): KLINGAI_ACCESS_KEY, KLINGAI_SECRET_KEY, api-singapore.klingai.com"}]},"prodia":{"name":"Prodia","packages":{"npm":["@ai-sdk/prodia"]},"hosts":["inference.prodia.com","api.prodia.com"],"env":["PRODIA_TOKEN"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/prodia","confirms":"npm @ai-sdk/prodia (first-party AI SDK provider): PRODIA_TOKEN, inference.prodia.com/v2"}]},"quiverai":{"name":"QuiverAI","packages":{"npm":["@ai-sdk/quiverai"]},"hosts":["api.quiver.ai"],"env":["QUIVERAI_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/quiverai","confirms":"npm @ai-sdk/quiverai (first-party AI SDK provider): QUIVERAI_API_KEY, api.quiver.ai/v1"}]},"gmi-cloud":{"name":"GMI Cloud","packages":{"npm":["@ai-sdk/gmicloud"]},"hosts":["api.gmi-serving.com"],"env":["GMI_CLOUD_APIKEY"],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/tree/main/packages/gmicloud","confirms":"npm @ai-sdk/gmicloud (first-party AI SDK provider): GMI_CLOUD_APIKEY, api.gmi-serving.com/v1"}]},"vercel-v0":{"name":"Vercel v0 Model API","packages":{"npm":["@ai-sdk/vercel"]},"hosts":["api.v0.dev"],"env":[],"actions":[],"sources":[{"url":"https://github.com/vercel/ai/commit/859299439827554dab532a8a74378b01ae152454","confirms":"npm @ai-sdk/vercel (removed in Aug 2026, still installed by older apps): the v0 model API at api.v0.dev; its VERCEL_API_KEY is not listed, the name is too common for Vercel deploy tokens"}]},"github-copilot":{"name":"GitHub Copilot (model API)","packages":{},"hosts":["api.githubcopilot.com","api.individual.githubcopilot.com","api.business.githubcopilot.com","api.enterprise.githubcopilot.com"],"env":["GITHUB_COPILOT_API_KEY","COPILOT_API_KEY"],"actions":[],"sources":[{"url":"https://docs.github.com/en/copilot","confirms":"Copilot API hosts"},{"url":"https://github.com/0xPlaygrounds/rig/blob/b75850e899498647563af2d644ee72d28ac7a69e/crates/rig-core/src/providers/copilot/mod.rs","confirms":"used by 0xPlaygrounds/rig: https://api.githubcopilot.com"}]},"doubleword":{"name":"Doubleword","packages":{},"hosts":["api.doubleword.ai"],"env":["DOUBLEWORD_API_KEY"],"actions":[],"sources":[{"url":"https://docs.doubleword.ai","confirms":"the API at api.doubleword.ai, DOUBLEWORD_API_KEY"},{"url":"https://github.com/0xPlaygrounds/rig/blob/b75850e899498647563af2d644ee72d28ac7a69e/crates/rig-core/src/providers/doubleword/client.rs","confirms":"used by 0xPlaygrounds/rig: https://api.doubleword.ai/v1"}]},"hyperbolic":{"name":"Hyperbolic","packages":{},"hosts":["api.hyperbolic.xyz"],"env":["HYPERBOLIC_API_KEY"],"actions":[],"sources":[{"url":"https://docs.hyperbolic.ai","confirms":"OpenAI-compatible API at api.hyperbolic.xyz, HYPERBOLIC_API_KEY"},{"url":"https://github.com/0xPlaygrounds/rig/blob/b75850e899498647563af2d644ee72d28ac7a69e/crates/rig-core/src/providers/hyperbolic.rs","confirms":"used by 0xPlaygrounds/rig: https://api.hyperbolic.xyz"}]},"venice":{"name":"Venice.ai","packages":{},"hosts":["api.venice.ai"],"env":["VENICE_API_KEY"],"actions":[],"sources":[{"url":"https://docs.venice.ai","confirms":"the API at api.venice.ai, VENICE_API_KEY"},{"url":"https://github.com/0xPlaygrounds/rig/blob/b75850e899498647563af2d644ee72d28ac7a69e/crates/rig-core/src/providers/venice/client.rs","confirms":"used by 0xPlaygrounds/rig: https://api.venice.ai/api/v1"}]},"mira":{"name":"Mira Network","packages":{},"hosts":["api.mira.network"],"env":["MIRA_API_KEY"],"actions":[],"sources":[{"url":"https://docs.mira.network","confirms":"the API at api.mira.network, MIRA_API_KEY"},{"url":"https://github.com/0xPlaygrounds/rig/blob/b75850e899498647563af2d644ee72d28ac7a69e/crates/rig-core/src/providers/mira.rs","confirms":"used by 0xPlaygrounds/rig: https://api.mira.network"}]},"xiaomi-mimo":{"name":"Xiaomi MiMo","packages":{},"hosts":["api.xiaomimimo.com"],"env":["XIAOMI_MIMO_API_KEY","MIMO_API_KEY"],"actions":[],"sources":[{"url":"https://platform.xiaomimimo.com","confirms":"API reference"},{"url":"https://github.com/0xPlaygrounds/rig/blob/b75850e899498647563af2d644ee72d28ac7a69e/crates/rig-core/src/providers/xiaomimimo.rs","confirms":"used by 0xPlaygrounds/rig: https://api.xiaomimimo.com/v1"}]},"baidu-qianfan":{"name":"Baidu AI Cloud Qianfan (ERNIE)","packages":{"pypi":["qianfan"],"go":["github.com/baidubce/bce-qianfan-sdk/go/qianfan"]},"hosts":["aip.baidubce.com","qianfan.baidubce.com"],"env":["QIANFAN_AK","QIANFAN_SK","QIANFAN_ACCESS_KEY","QIANFAN_SECRET_KEY"],"actions":[],"sources":[{"url":"https://cloud.baidu.com/doc/WENXINWORKSHOP/index.html","confirms":"the API at aip.baidubce.com/rpc/2.0/ai_custom, qianfan.baidubce.com, QIANFAN_AK, QIANFAN_SK, QIANFAN_ACCESS_KEY, QIANFAN_SECRET_KEY"},{"url":"https://pypi.org/project/qianfan/","confirms":"the API at aip.baidubce.com/rpc/2.0/ai_custom, qianfan.baidubce.com, QIANFAN_AK, QIANFAN_SK, QIANFAN_ACCESS_KEY, QIANFAN_SECRET_KEY"},{"url":"https://github.com/tmc/langchaingo/blob/8fea3de63675b901cf7a2cdc435c204cb7a93643/llms/ernie/internal/ernieclient/ernieclient.go","confirms":"used by tmc/langchaingo: https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/"}]},"maritaca":{"name":"Maritaca AI","packages":{"pypi":["maritalk"]},"hosts":["chat.maritaca.ai"],"env":["MARITACA_API_KEY","MARITACA_KEY"],"actions":[],"sources":[{"url":"https://docs.maritaca.ai","confirms":"the API at chat.maritaca.ai, MARITACA_API_KEY, MARITACA_KEY"},{"url":"https://pypi.org/project/maritalk/","confirms":"the API at chat.maritaca.ai, MARITACA_API_KEY, MARITACA_KEY"},{"url":"https://github.com/tmc/langchaingo/blob/8fea3de63675b901cf7a2cdc435c204cb7a93643/llms/maritaca/internal/maritacaclient/maritacaclient.go","confirms":"used by tmc/langchaingo: https://chat.maritaca.ai/api"}]},"jina":{"name":"Jina AI","packages":{"pypi":["langchain-jina"],"maven":["dev.langchain4j:langchain4j-jina"]},"hosts":["api.jina.ai","r.jina.ai","s.jina.ai"],"env":["JINA_API_KEY"],"actions":[],"sources":[{"url":"https://jina.ai/embeddings","confirms":"API reference"},{"url":"https://github.com/tmc/langchaingo/blob/8fea3de63675b901cf7a2cdc435c204cb7a93643/embeddings/jina/options.go","confirms":"used by tmc/langchaingo: https://api.jina.ai/v1/embeddings, :77 JINA_API_KEY"},{"url":"https://github.com/langchain4j/langchain4j/blob/b8b809ed57e4b65ec9b87a27c25564bdd4a80e4b/langchain4j-jina/src/main","confirms":"used by langchain4j/langchain4j: (https://api.jina.ai)"},{"url":"https://jina.ai/reader/","confirms":"Jina Reader https://r.jina.ai/<url> and Search https://s.jina.ai/<query>, with JINA_API_KEY (crewAIInc/crewAI crewai-tools jina_scrape_website_tool.py:52)"}]},"sarvam":{"name":"Sarvam AI","packages":{"pypi":["sarvamai"],"npm":["sarvamai","sarvam-ai-sdk","sarvam-ai-provider"]},"hosts":["api.sarvam.ai"],"env":["SARVAM_API_KEY"],"actions":[],"sources":[{"url":"https://docs.sarvam.ai/api-reference-docs/getting-started/quickstart","confirms":"SARVAM_API_KEY, pip sarvamai, npm sarvamai"},{"url":"https://github.com/mem0ai/mem0/blob/8d5b7865bd0521e75fe9ab1b260eeccc83f8a378/mem0/llms/sarvam.py","confirms":"used by mem0ai/mem0: https://api.sarvam.ai, SARVAM_API_KEY; mem0-ts/src/oss/src/llms/sarvam.ts"}]},"zeroentropy":{"name":"ZeroEntropy","packages":{"pypi":["zeroentropy","langchain-zeroentropy"],"npm":["zeroentropy","zeroentropy-ai-provider"]},"hosts":["api.zeroentropy.dev"],"env":["ZEROENTROPY_API_KEY","ZERO_ENTROPY_API_KEY"],"actions":[],"sources":[{"url":"https://docs.zeroentropy.dev/models","confirms":"SDK, ZEROENTROPY_API_KEY"},{"url":"https://ai-sdk.dev/providers/community-providers/zeroentropy","confirms":"api.zeroentropy.dev/v1"},{"url":"https://github.com/mem0ai/mem0/blob/8d5b7865bd0521e75fe9ab1b260eeccc83f8a378/mem0/reranker/zero_entropy_reranker.py","confirms":"used by mem0ai/mem0: from zeroentropy import ZeroEntropy; mem0-ts peer zeroentropy"}]},"nomic":{"name":"Nomic Atlas","packages":{"pypi":["nomic","langchain-nomic"],"maven":["dev.langchain4j:langchain4j-nomic"]},"hosts":["api-atlas.nomic.ai"],"env":["NOMIC_API_KEY"],"actions":[],"sources":[{"url":"https://docs.nomic.ai","confirms":"Atlas embedding API"},{"url":"https://github.com/langchain4j/langchain4j/blob/b8b809ed57e4b65ec9b87a27c25564bdd4a80e4b/langchain4j-nomic/src/main","confirms":"used by langchain4j/langchain4j: (https://api-atlas.nomic.ai)"}]},"ovhcloud-ai-endpoints":{"name":"OVHcloud AI Endpoints","packages":{"maven":["dev.langchain4j:langchain4j-ovh-ai"]},"hosts":["*.endpoints.kepler.ai.cloud.ovh.net","endpoints.ai.cloud.ovh.net","oai.endpoints.kepler.ai.cloud.ovh.net"],"env":["OVH_AI_ENDPOINTS_ACCESS_TOKEN"],"actions":[],"sources":[{"url":"https://endpoints.ai.cloud.ovh.net","confirms":"OVHcloud AI Endpoints"},{"url":"https://github.com/langchain4j/langchain4j/blob/b8b809ed57e4b65ec9b87a27c25564bdd4a80e4b/langchain4j-ovh-ai/src/main/java/dev/langchain4j/model/ovhai/internal/client/DefaultOvhAiClient.java","confirms":"used by langchain4j/langchain4j: https://endpoints.ai.cloud.ovh.net/"}]},"github-models":{"name":"GitHub Models","packages":{"maven":["dev.langchain4j:langchain4j-github-models"]},"hosts":["models.github.ai","models.inference.ai.azure.com"],"env":["GITHUB_MODELS_TOKEN"],"actions":["actions/ai-inference","github/ai-moderator"],"sources":[{"url":"https://docs.github.com/en/github-models","confirms":"the API at models.github.ai, models.inference.ai.azure.com, GITHUB_MODELS_TOKEN"},{"url":"https://github.com/langchain4j/langchain4j/blob/b8b809ed57e4b65ec9b87a27c25564bdd4a80e4b/langchain4j-open-ai-official/src/main","confirms":"used by langchain4j/langchain4j: (https://models.github.ai)"},{"url":"https://github.com/actions/ai-inference/blob/51ecd8a06662057d77ede02c6d21051fb1724e2f/action.yml","confirms":"action actions/ai-inference (GitHub\'s official action): sends the prompt to GitHub Models, default endpoint https://models.github.ai/inference"},{"url":"https://github.com/github/ai-moderator/blob/0c89bcd3cfb84d7ab5268159fa396e75b2faae54/action.yml","confirms":"action github/ai-moderator: scans new issues and comments with GitHub Models prompts (token with models: read)"},{"url":"https://docs.langchain4j.dev/integrations/language-models/github-models","confirms":"Maven dev.langchain4j:langchain4j-github-models, package dev.langchain4j.model.github (langchain4j/langchain4j-examples github-models-examples/pom.xml:21)"}],"imports":{"java":["dev.langchain4j.model.github"]}},"writer":{"name":"Writer (Palmyra)","packages":{"npm":["writer-sdk"],"pypi":["writer-sdk","writerai","langchain-writer"]},"imports":{"python":["writerai","langchain_writer"]},"hosts":["api.writer.com"],"env":["WRITER_API_KEY"],"actions":[],"sources":[{"url":"https://dev.writer.com/home/sdks","confirms":"official SDKs: PyPI writer-sdk (imported as writerai: from writerai import Writer), npm writer-sdk; WRITER_API_KEY"},{"url":"https://github.com/writer/writer-python/blob/142076d6b7a9b6324ee45478ac469a1b1ae31f66/src/writerai/_client.py","confirms":"the writer-python client (PyPI writer-sdk): default base URL https://api.writer.com, reads WRITER_API_KEY"},{"url":"https://pypi.org/user/writer/","confirms":"PyPI writerai: Writer\'s meta-package referencing writer-sdk"},{"url":"https://github.com/writer/langchain-writer","confirms":"PyPI langchain-writer (the LangChain integration, through writer-sdk), module langchain_writer; WRITER_API_KEY"}]},"sambanova":{"name":"SambaNova Cloud","packages":{"npm":["sambanova"],"pypi":["sambanova","langchain-sambanova"]},"imports":{"python":["sambanova","langchain_sambanova"]},"hosts":["api.sambanova.ai"],"env":["SAMBANOVA_API_KEY"],"actions":[],"sources":[{"url":"https://docs.sambanova.ai/docs/en/get-started/quickstart","confirms":"the SambaNova SDK for JavaScript (npm install sambanova, import SambaNova from \\"sambanova\\") and Python"},{"url":"https://pypi.org/project/sambanova/","confirms":"PyPI sambanova: the official Python library for the SambaNova API (from sambanova import SambaNova), reads SAMBANOVA_API_KEY"},{"url":"https://docs.sambanova.ai/docs/en/features/anthropic-compatibility","confirms":"the API base URL https://api.sambanova.ai/v1"},{"url":"https://github.com/sambanova/langchain-sambanova","confirms":"PyPI langchain-sambanova (the LangChain integration), module langchain_sambanova (ChatSambaNovaCloud); SAMBANOVA_API_KEY"}]},"runpod":{"name":"RunPod","packages":{"npm":["runpod-sdk"],"pypi":["runpod"],"go":["github.com/runpod/go-sdk"]},"imports":{"python":["runpod"]},"hosts":["api.runpod.ai"],"env":["RUNPOD_API_KEY"],"actions":[],"sources":[{"url":"https://docs.runpod.io/serverless/vllm/openai-compatibility","confirms":"vLLM workers\' OpenAI-compatible API at https://api.runpod.ai/v2/ENDPOINT_ID/openai/v1, authenticated with RUNPOD_API_KEY"},{"url":"https://docs.runpod.io/get-started/install-sdks","confirms":"official Serverless SDKs: PyPI runpod (import runpod), npm runpod-sdk, Go github.com/runpod/go-sdk; RUNPOD_API_KEY"},{"url":"https://pypi.org/project/runpod/","confirms":"PyPI runpod: the official Python library for the RunPod API and serverless workers"}]},"lakera":{"name":"Lakera Guard","packages":{},"hosts":["api.lakera.ai"],"env":["LAKERA_API_KEY","LAKERA_GUARD_API_KEY"],"actions":[],"sources":[{"url":"https://docs.lakera.ai/docs/api","confirms":"the Guard API at https://api.lakera.ai/v2: /guard screens the prompts and responses it is sent; Authorization: Bearer $LAKERA_GUARD_API_KEY"},{"url":"https://github.com/lakeraai/guard-demo-client/blob/3539f6ff2e1037bd07a2f7311a5d1ada6c06775d/designdocs/lakera_curl_example.sh","confirms":"Lakera\'s demo client: https://api.lakera.ai/v2/guard with LAKERA_API_KEY"},{"url":"https://docs.litellm.ai/docs/proxy/guardrails/lakera_ai","confirms":"LAKERA_API_KEY, as LiteLLM\'s Lakera guardrail reads it"}]},"siliconflow":{"name":"SiliconFlow","packages":{"pypi":["llama-index-llms-siliconflow"]},"imports":{"python":["llama_index.llms.siliconflow"]},"hosts":["api.siliconflow.cn","api.siliconflow.com"],"env":["SILICONFLOW_API_KEY"],"actions":[],"sources":[{"url":"https://docs.siliconflow.cn/docs/userguide/quickstart","confirms":"the OpenAI-compatible API at api.siliconflow.cn/v1"},{"url":"https://www.siliconflow.com/blog/openai-sdk-siliconflow-compatibility-checks","confirms":"the global API at api.siliconflow.com/v1"},{"url":"https://developers.llamaindex.ai/python/framework-api-reference/llms/siliconflow","confirms":"PyPI llama-index-llms-siliconflow, llama_index.llms.siliconflow"},{"url":"https://github.com/ChatGPTNextWeb/NextChat/blob/706a18b95b714ab29b2a4842d3b9ff4f887935d5/app/config/server.ts","confirms":"used by ChatGPTNextWeb/NextChat: SILICONFLOW_API_KEY (constant.ts: https://api.siliconflow.cn)"}]},"tencent-hunyuan":{"name":"Tencent Hunyuan","packages":{},"hosts":["hunyuan.tencentcloudapi.com","api.hunyuan.cloud.tencent.com","hunyuan.cloud.tencent.com"],"env":["HUNYUAN_API_KEY"],"actions":[],"sources":[{"url":"https://www.tencentcloud.com/document/api/1284/75530","confirms":"the Hunyuan API (Tencent Cloud API 3.0, hunyuan.tencentcloudapi.com)"},{"url":"https://trtc.io/document/79679","confirms":"the OpenAI-compatible endpoint hunyuan.cloud.tencent.com/openai/v1"},{"url":"https://mvnrepository.com/artifact/io.github.tasure/sure-ai-hunyuan","confirms":"the OpenAI-compatible base URL api.hunyuan.cloud.tencent.com/v1"},{"url":"https://www.oceanbase.ai/docs/tencent-hunyuan-py","confirms":"HUNYUAN_API_KEY"},{"url":"https://github.com/ChatGPTNextWeb/NextChat/blob/706a18b95b714ab29b2a4842d3b9ff4f887935d5/app/constant.ts","confirms":"used by ChatGPTNextWeb/NextChat: https://hunyuan.tencentcloudapi.com"}]},"iflytek-spark":{"name":"iFlytek Spark","packages":{"pypi":["spark_ai_python","llama-index-llms-iflytek"]},"imports":{"python":["sparkai","llama_index.llms.iflytek"]},"hosts":["spark-api-open.xf-yun.com","spark-api.xf-yun.com"],"env":["IFLYTEK_SPARK_API_KEY","IFLYTEK_SPARK_API_SECRET","IFLYTEK_SPARK_APP_ID"],"actions":[],"sources":[{"url":"https://docs.langchain.com/oss/python/integrations/chat/sparkllm","confirms":"IFLYTEK_SPARK_APP_ID, IFLYTEK_SPARK_API_KEY, IFLYTEK_SPARK_API_SECRET, wss://spark-api.xf-yun.com"},{"url":"https://pypi.org/project/llama-index-llms-iflytek/","confirms":"PyPI llama-index-llms-iflytek, llama_index.llms.iflytek, the OpenAI-compatible API at spark-api-open.xf-yun.com/v1"},{"url":"https://github.com/iflytek/spark-ai-python","confirms":"the official Python SDK (PyPI spark_ai_python, module sparkai)"},{"url":"https://github.com/ChatGPTNextWeb/NextChat/blob/706a18b95b714ab29b2a4842d3b9ff4f887935d5/app/constant.ts","confirms":"used by ChatGPTNextWeb/NextChat: https://spark-api-open.xf-yun.com"}]},"302-ai":{"name":"302.AI","intermediary":true,"packages":{},"hosts":["api.302.ai"],"env":["AI302_API_KEY"],"actions":[],"sources":[{"url":"https://github.com/ChatGPTNextWeb/NextChat/blob/706a18b95b714ab29b2a4842d3b9ff4f887935d5/app/constant.ts","confirms":"used by ChatGPTNextWeb/NextChat: https://api.302.ai, a gateway to other vendors\' models"},{"url":"https://github.com/ChatGPTNextWeb/NextChat/blob/706a18b95b714ab29b2a4842d3b9ff4f887935d5/app/config/server.ts","confirms":"used by ChatGPTNextWeb/NextChat: AI302_API_KEY"}]}}}');
;// CONCATENATED MODULE: ./src/detect/catalog.ts

const ECOSYSTEMS = [
    'npm',
    'pypi',
    'go',
    'maven',
    'nuget',
    'rubygems',
    'crates',
    'composer',
];
/** Languages whose source imports name a vendor's SDK or integration package (SPEC section 9). */
const IMPORT_LANGUAGES = ['python', 'js', 'go', 'java', 'ruby', 'rust'];
const CATALOG = catalog_namespaceObject;
/** One key per package of an ecosystem, its name normalized as that registry compares names. */
function packageKey(ecosystem, name) {
    return `${ecosystem}\0${normalizePackage(ecosystem, name)}`;
}
function normalizePackage(ecosystem, name) {
    const trimmed = name.trim();
    switch (ecosystem) {
        case 'pypi': {
            // PEP 503, keeping a `[extra]` suffix (normalized alike) for catalog entries such as
            // `anthropic[bedrock]`.
            const match = /^([^[]+)(\[.*\])?$/.exec(trimmed);
            const base = (match?.[1] ?? trimmed).toLowerCase().replace(/[-_.]+/g, '-');
            const extra = match?.[2] ? match[2].toLowerCase().replace(/[-_.]+/g, '-') : '';
            return base + extra;
        }
        case 'go':
            // Major-version suffixes name the same module: .../cohere-go/v2 is .../cohere-go.
            return trimmed.toLowerCase().replace(/\/v\d+$/, '');
        case 'crates':
            return trimmed.toLowerCase().replace(/_/g, '-');
        case 'npm':
            return trimmed;
        default:
            return trimmed.toLowerCase();
    }
}
/**
 * The import a package name gives where the ecosystem makes them the same: npm names are JS
 * module names, Go module paths are import paths, crate `a-b` is imported as `a_b`. PyPI and
 * RubyGems names often differ from what code imports (`google-genai` is `google.genai`,
 * `ruby-openai` is `require "openai"`), and some are imported for other reasons
 * (`huggingface_hub` downloads models): those are listed explicitly in catalog.json.
 */
function derivedImport(ecosystem, name) {
    const trimmed = name.trim();
    if (!trimmed || trimmed.includes('['))
        return undefined; // `anthropic[bedrock]`: an extra
    switch (ecosystem) {
        case 'npm':
            return ['js', trimmed];
        case 'go':
            return ['go', trimmed];
        case 'crates':
            return ['rust', trimmed.replace(/-/g, '_')];
        default:
            return undefined;
    }
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
function truthy(value) {
    return value === true || (typeof value === 'string' && TRUE.has(value.trim().toLowerCase()));
}
function buildCatalog(extensions = {}) {
    const packages = new Map();
    const hosts = [];
    const env = [];
    const actions = new Map();
    const actionInputs = [];
    const imports = new Map();
    const addImport = (language, module, vendor) => {
        const trimmed = module.trim();
        if (!trimmed)
            return;
        imports.set(`${language}\0${trimmed}\0${vendor}`, { language, module: trimmed, vendor });
    };
    const addPackage = (ecosystem, name, vendor) => {
        const key = packageKey(ecosystem, name);
        const set = packages.get(key) ?? new Set();
        set.add(vendor);
        packages.set(key, set);
    };
    const addAction = (action, vendor) => {
        const key = action.trim().toLowerCase();
        const set = actions.get(key) ?? new Set();
        set.add(vendor);
        actions.set(key, set);
    };
    const add = (vendor, source) => {
        for (const ecosystem of ECOSYSTEMS) {
            for (const name of source[ecosystem] ?? []) {
                addPackage(ecosystem, name, vendor);
                const derived = derivedImport(ecosystem, name);
                if (derived)
                    addImport(derived[0], derived[1], vendor);
            }
        }
        for (const language of IMPORT_LANGUAGES) {
            for (const module of source.imports?.[language] ?? [])
                addImport(language, module, vendor);
        }
        for (const pattern of source.hosts ?? [])
            hosts.push({ vendor, pattern: pattern.trim() });
        for (const name of source.env ?? [])
            env.push({ vendor, name: name.trim() });
        for (const action of source.actions ?? [])
            addAction(action, vendor);
    };
    for (const [id, vendor] of Object.entries(CATALOG.vendors)) {
        add(id, {
            ...vendor.packages,
            imports: vendor.imports,
            hosts: vendor.hosts,
            env: vendor.env,
            actions: vendor.actions,
        });
        for (const route of vendor.actionInputs ?? []) {
            actionInputs.push({ action: route.action.toLowerCase(), input: route.input, vendor: id });
        }
    }
    for (const id of Object.keys(extensions).sort())
        add(id, extensions[id] ?? {});
    const ignored = new Set(CATALOG.ignoreTransitive.map((i) => packageKey(i.ecosystem, i.name)));
    const azureClientsIn = CATALOG.azureClientsIn?.packages ?? {};
    const azurePackages = new Set(['pypi', 'npm'].flatMap((ecosystem) => (azureClientsIn[ecosystem] ?? []).map((name) => packageKey(ecosystem, name))));
    // Their modules as import evidence names them: a Python module is the name with `_` for `-`.
    const azureModules = new Set([
        ...(azureClientsIn.pypi ?? []).map((name) => name.trim().replace(/-/g, '_')),
        ...(azureClientsIn.npm ?? []).map((name) => name.trim()),
    ]);
    return {
        normalize: normalizePackage,
        shipsAzureClients(ecosystem, name) {
            return azurePackages.has(packageKey(ecosystem, name));
        },
        isAzureClientsModule(module) {
            // `openai`, `openai.lib.azure`, `@langchain/openai/chat_models`: the module or one below it.
            return [...azureModules].some((name) => module === name || module.startsWith(`${name}.`) || module.startsWith(`${name}/`));
        },
        packageVendors(ecosystem, name) {
            const found = packages.get(packageKey(ecosystem, name));
            return found ? [...found].sort() : [];
        },
        ignoresTransitive(ecosystem, name) {
            return ignored.has(packageKey(ecosystem, name));
        },
        actionVendors(action, inputs) {
            const key = action.trim().toLowerCase();
            const routed = actionInputs
                .filter((route) => route.action === key && truthy(inputs[route.input]))
                .map((route) => route.vendor);
            if (routed.length > 0)
                return [...new Set(routed)].sort();
            return [...(actions.get(key) ?? [])].sort();
        },
        hosts,
        env,
        imports: [...imports.values()].sort(compareImports),
        notImports: [
            ...new Map((CATALOG.notImports ?? []).map(({ language, module, package: shipper }) => [
                `${language}\0${module.trim()}`,
                { language, module: module.trim(), package: shipper },
            ])).values(),
        ].sort(compareModules),
    };
}
function compareModules(a, b) {
    for (const key of ['language', 'module']) {
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    }
    return 0;
}
function compareImports(a, b) {
    return compareModules(a, b) || (a.vendor === b.vendor ? 0 : a.vendor < b.vendor ? -1 : 1);
}
let builtIn;
/** The catalog without registry extensions, built once. */
function defaultCatalog() {
    builtIn ??= buildCatalog();
    return builtIn;
}
function catalogVendor(id) {
    const vendor = Object.hasOwn(CATALOG.vendors, id) ? CATALOG.vendors[id] : undefined;
    if (!vendor)
        return undefined;
    return {
        id,
        name: vendor.name,
        intermediary: vendor.intermediary === true,
        selfHosted: vendor.selfHosted === true,
    };
}
function catalogVendorIds() {
    return Object.keys(CATALOG.vendors).sort();
}


/***/ }),

/***/ 6742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isUse),
/* harmony export */   NU: () => (/* binding */ compareEvidence),
/* harmony export */   em: () => (/* binding */ isLockfile),
/* harmony export */   hw: () => (/* binding */ summarizeVendors)
/* harmony export */ });
/* harmony import */ var _readers_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2589);

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The order of evidence everywhere: file, line, column, vendor, kind, name. */
function compareEvidence(a, b) {
    return (cmp(a.file, b.file) ||
        cmp(a.line, b.line) ||
        cmp(a.column ?? 0, b.column ?? 0) ||
        cmp(a.vendor, b.vendor) ||
        cmp(a.kind, b.kind) ||
        cmp(a.name, b.name));
}
/** Contexts whose evidence shows the repository's own use (SPEC section 9). */
const IN_USE = new Set(['runtime', 'ci']);
/**
 * Evidence of use: direct, in runtime code or CI. Anything else (tests, docs, examples…) makes
 * `usage-undeclared` only a note, and the scan listing shows it dimmed.
 */
const isUse = (item) => item.direct && IN_USE.has(item.context);
/**
 * One entry per vendor, sorted by id. `direct` is true when any evidence outside documentation
 * is direct; `count` counts every item.
 */
function summarizeVendors(evidence) {
    const byVendor = new Map();
    for (const item of evidence) {
        const entry = byVendor.get(item.vendor) ?? { vendor: item.vendor, direct: false, count: 0 };
        entry.count++;
        if (item.direct && item.context !== 'docs')
            entry.direct = true;
        byVendor.set(item.vendor, entry);
    }
    return [...byVendor.values()].sort((a, b) => cmp(a.vendor, b.vendor));
}
/** Whether a file is a lockfile (what was installed), not a manifest (what was asked for). */
function isLockfile(file) {
    return (0,_readers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readerFor */ .d2)(file)?.lockfile === true;
}


/***/ }),

/***/ 3874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gE: () => (/* reexport */ detect_catalog/* catalogVendor */.gE),
  SQ: () => (/* binding */ scan),
  jF: () => (/* binding */ startListing),
  lm: () => (/* reexport */ starterManifest)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, SKIPPED_LISTED, catalogVendorIds, contextOf, normalizeEvidence, summarizeVendors

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/detect/catalog.ts + 1 modules
var detect_catalog = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/detect/context.ts
/** Folders whose contents are other people's code, copied in. */
const VENDORED_DIRS = new Set([
    'node_modules',
    'vendor',
    'vendors',
    'third_party',
    'third-party',
    'thirdparty',
    'site-packages',
    'bower_components',
    'jspm_packages',
    '.venv',
    'venv',
]);
/** Folders of build output. */
const GENERATED_DIRS = new Set(['dist', 'build', 'out', '.next', '.nuxt', 'target', 'coverage']);
/** Recorded or canned data that tests load. */
const FIXTURE_DIRS = new Set([
    'fixtures',
    'fixture',
    '__fixtures__',
    'testdata',
    'test-data',
    'test_data',
    'cassettes',
    '__snapshots__',
    'snapshots',
    'mocks',
    '__mocks__',
]);
// Developer tooling (a linter's deny-list of hosts, devtools) runs on developers' machines and in
// CI checks, never with production data: it counts with the tests.
const TEST_DIRS = new Set([
    'test',
    'tests',
    '__tests__',
    'spec',
    'specs',
    'e2e',
    'testing',
    'devtools',
    'lint',
    'linter',
    'linters',
]);
const EXAMPLE_DIRS = new Set([
    'examples',
    'example',
    'samples',
    'sample',
    'demo',
    'demos',
    'cookbook',
    'cookbooks',
    'notebooks',
    'playground',
    'tutorials',
    'tutorial',
]);
const DOCS_DIRS = new Set(['docs', 'doc', 'documentation', 'website']);
// A patch changes another project's code (patch-package's `patches/`, a harness a benchmark
// applies its changes to): what it adds runs there, as vendored code does.
const PATCH_FILE = /\.(?:patch|diff)$/i;
const GENERATED_FILE = /(?:\.min\.(?:js|mjs|cjs|css)|\.map|\.generated\.[^/]+|\.gen\.[^/]+|_pb2(?:_grpc)?\.pyi?|\.pb\.go|_generated\.go|\.g\.dart|\.designer\.cs|\.bundle\.js|\.chunk\.js)$/i;
const TEST_FILE = /(?:_test\.(?:go|py|rb|exs?)|\.(?:test|spec)\.[cm]?[jt]sx?|^test_[^/]*\.py|^conftest\.py|_spec\.rb|Tests?\.(?:java|kt|kts|cs|swift|scala)|Spec\.(?:kt|scala|groovy)|_tests?\.rs)$/;
const DOCS_FILE = /\.(?:md|mdx|markdown|rst|adoc|asciidoc)$/i;
const TEMPLATE_FILE = /(?:^\.env\.(?:example|sample|template|dist|defaults)|\.(?:example|sample|template|tmpl|dist|tpl))$/i;
/**
 * A configuration file named as an example anywhere in its name (`librechat.example.yaml`,
 * `mcp_config_example.json`, `requirements-examples.txt`) or as a template between dots
 * (`config.template.json`): a word of its own, so `sampler.yaml` stays what it is, and
 * `config_template.yml`, which a program may embed as its defaults, stays runtime.
 */
const CONFIG_TEMPLATE_FILE = /(?:(?:^|[._-])(?:examples?|samples?)[._-]|\.(?:template|tmpl|tpl)\.)(?:[^/]*\.)?(?:ya?ml|json|jsonc|toml|ini|cfg|conf|properties|env|txt)$/i;
/** The environment a test suite loads (fake keys): `.env.test`, `.env.testing`. */
const TEST_ENV_FILE = /^\.env\.test(?:ing)?(?:\.local)?$/i;
/** Source named as an example (`example_usage.py`, `basic-example.ts`): a word of its own. */
const EXAMPLE_FILE = /(?:^|[._-])examples?[._-][^/]*$/i;
/** .NET and other test projects: `Core.Tests`, `Api.UnitTests`, `Service.FunctionalTests`. */
const TEST_PROJECT_DIR = /[._-](?:unit|functional|integration|acceptance|e2e)?tests?$/;
const CI_FILE = /^(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitbucket-pipelines\.yml|Jenkinsfile|appveyor\.ya?ml|cloudbuild\.ya?ml|buildkite\.ya?ml|action\.ya?ml)$/;
/**
 * The context of a repository-relative path (`/` separators). `hint` is what an ecosystem reader
 * knows (a development dependency is `test`): a stronger path context wins over it, and it wins
 * over `runtime`.
 */
function contextOf(file, hint) {
    const fromPath = pathContext(file);
    if (fromPath !== 'runtime')
        return fromPath;
    return hint ?? 'runtime';
}
/** Facts by folder; cleared when large, so a sweep over many trees stays bounded. */
const dirFacts = new Map();
const DIR_FACTS_MAX = 50_000;
/** Where a JVM source tree's package folders start: `src/main/java/…` (`com/example/demo`). */
const JVM_SOURCES = new Set(['java', 'kotlin', 'scala', 'groovy', 'resources']);
function factsOf(dir) {
    const known = dirFacts.get(dir);
    if (known)
        return known;
    const dirs = dir === '' ? [] : dir.split('/');
    // Below `src/main/java` the folders are a package name, not a layout: Spring Initializr's
    // `com.example.demo` is an application's own code, not an example.
    const main = dirs.findIndex((d, i) => d === 'src' && dirs[i + 1] === 'main' && JVM_SOURCES.has(dirs[i + 2] ?? ''));
    const lower = (main === -1 ? dirs : dirs.slice(0, main + 3)).map((d) => d.toLowerCase());
    const facts = {
        vendored: lower.some((d) => VENDORED_DIRS.has(d)),
        generated: lower.some((d) => GENERATED_DIRS.has(d)),
        fixture: lower.some((d) => FIXTURE_DIRS.has(d)),
        ci: (lower[0] === '.github' && (lower[1] === 'workflows' || lower[1] === 'actions')) ||
            lower[0] === '.circleci' ||
            lower[0] === '.buildkite' ||
            (lower[0] === '.gitlab' && lower[1] === 'ci'),
        test: lower.some((d) => TEST_DIRS.has(d) || TEST_PROJECT_DIR.test(d)) ||
            // Maven and Gradle keep tests in src/test/…
            dirs.some((d, i) => d === 'src' && (dirs[i + 1] === 'test' || dirs[i + 1] === 'androidTest')),
        example: lower.some((d) => EXAMPLE_DIRS.has(d)),
        docs: lower.some((d) => DOCS_DIRS.has(d)),
    };
    if (dirFacts.size >= DIR_FACTS_MAX)
        dirFacts.clear();
    dirFacts.set(dir, facts);
    return facts;
}
function pathContext(file) {
    const slash = file.lastIndexOf('/');
    const name = file.slice(slash + 1);
    const dir = factsOf(slash === -1 ? '' : file.slice(0, slash));
    if (dir.vendored || PATCH_FILE.test(name))
        return 'vendored';
    if (dir.generated || GENERATED_FILE.test(name))
        return 'generated';
    if (dir.fixture)
        return 'fixture';
    if (dir.ci || CI_FILE.test(name))
        return 'ci';
    if (TEMPLATE_FILE.test(name) || CONFIG_TEMPLATE_FILE.test(name))
        return 'config-template';
    if (dir.test || TEST_FILE.test(name) || TEST_ENV_FILE.test(name))
        return 'test';
    if (dir.example || /\.ipynb$/i.test(name) || EXAMPLE_FILE.test(name))
        return 'example';
    if (DOCS_FILE.test(name) || dir.docs)
        return 'docs';
    return 'runtime';
}

;// CONCATENATED MODULE: ./src/detect/mentions.ts
/** Configuration files and scripts, where a line that starts with `#` is a comment. */
const HASH_COMMENTED = /(?:\.(?:ya?ml|toml|ini|cfg|conf|properties|env|sh|bash|zsh)|(?:^|\/)(?:\.env[^/]*|Dockerfile[^/]*|[^/]*\.dockerfile))$/i;
/**
 * A line that sets a list of domains a firewall or a linter allows or denies (the compiled
 * GitHub Agentic Workflows' `GH_AW_ALLOWED_DOMAINS`, `allowDomains`, a deny-list): the hosts in
 * it are places a program may or may not reach, not calls.
 */
const DOMAIN_LIST = /allow(?:ed)?[-_]?(?:domains?|hosts?|list)|(?:deny|block)(?:ed)?[-_]?(?:domains?|hosts?|list)/i;
/**
 * A YAML key that opens a list of allowed or denied hosts: one DOMAIN_LIST names, or the bare
 * verb (`allowed:` under `network:`).
 */
const DOMAIN_KEY = new RegExp(`^(?:allow(?:ed)?|den(?:y|ied)|block(?:ed)?)$|${DOMAIN_LIST.source}`, 'i');
/** A line that opens a block (`key:` and nothing after it), or a list item (`- …`). */
const BLOCK_KEY = /([ \t]*)([A-Za-z_][\w.-]{0,63}):[ \t]*(?:\r?\n|$)/y;
const LIST_ITEM = /([ \t]*)- /y;
/**
 * Files whose blocks are followed: YAML, and Markdown (an agentic workflow's front matter). In
 * source code a list is not a YAML list: only the line rules apply, so a host stays a call unless
 * its own line says otherwise.
 */
const YAML_BLOCKS = /\.(?:ya?ml|md|markdown)$/i;
/**
 * Text evidence that only mentions a vendor becomes `docs`: anything on a line commented out
 * with `#` in a configuration file or a script (a Helm values file's disabled example, a note in
 * a workflow), and a host on a line that sets a list of allowed or denied domains, or in a YAML
 * list under such a key (an agentic workflow's `network:` `allowed:`). The items come in line
 * order; each line is passed over once, and read once however many items it holds.
 */
function mentionsOnly(file, text, items) {
    if (items.length === 0)
        return items;
    const hashComments = HASH_COMMENTED.test(file);
    const yamlBlocks = YAML_BLOCKS.test(file);
    let line = 1;
    let start = 0;
    let judged = 0;
    let commented = false;
    let domainList = false;
    /** The last block opened (`key:`), while the lines after it are indented deeper. */
    let block = null;
    const observe = (at) => {
        BLOCK_KEY.lastIndex = at;
        const key = BLOCK_KEY.exec(text);
        if (key) {
            block = { indent: key[1]?.length ?? 0, domains: DOMAIN_KEY.test(key[2] ?? '') };
            return;
        }
        LIST_ITEM.lastIndex = at;
        if (LIST_ITEM.test(text) || block === null)
            return;
        let indent = at;
        while (text[indent] === ' ' || text[indent] === '\t')
            indent++;
        const blank = text[indent] === '\n' || text[indent] === '\r' || indent >= text.length;
        if (!blank && indent - at <= block.indent)
            block = null; // the block has ended
    };
    return items.map((item) => {
        if (item.context !== 'runtime' && item.context !== 'ci')
            return item;
        if (item.line < line) {
            line = 1;
            start = 0;
            judged = 0;
            block = null;
        }
        for (; line < item.line; line++) {
            if (yamlBlocks)
                observe(start);
            const next = text.indexOf('\n', start);
            if (next === -1)
                break;
            start = next + 1;
        }
        if (judged !== line) {
            judged = line;
            let at = start;
            while (text[at] === ' ' || text[at] === '\t')
                at++;
            commented = hashComments && text[at] === '#';
            const end = text.indexOf('\n', start);
            LIST_ITEM.lastIndex = start;
            const listed = LIST_ITEM.exec(text);
            // (Assigned in `observe`, which the compiler does not follow: the declared type.)
            const open = block;
            domainList =
                DOMAIN_LIST.test(text.slice(start, end === -1 ? text.length : end)) ||
                    (listed !== null &&
                        open !== null &&
                        open.domains &&
                        (listed[1]?.length ?? 0) > open.indent);
        }
        const mention = commented || (domainList && item.kind === 'endpoint');
        return mention ? { ...item, context: 'docs' } : item;
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/glob/glob.ts
var glob_glob = __webpack_require__(978);
;// CONCATENATED MODULE: ./src/detect/files.ts
// Which files the scan reads and how: what git would track (`git ls-files -co --exclude-standard`,
// run once) when the root is a git work tree, else a walk that honours every `.gitignore` on the
// way. Never .git, never the user's `exclude` globs. Names are kept as the raw bytes the file
// system gave, so a name that is not valid UTF-8 is still read; it is shown escaped.
//
// Reading costs three system calls per file (open, one positioned read, close), synchronous,
// without a promise round trip for each, which on large trees costs more than the reading
// itself; on large trees a second thread does them while the main one matches. A file is never
// read through a symbolic link that leads out of the root, never blocks (FIFOs), and anything
// not read is reported with its reason (SPEC section 9: nothing skipped in silence).







const NEVER_LISTED = '.git';
/**
 * node:worker_threads, loaded when a tree is large enough for the reading thread: loading it
 * costs a few milliseconds that most small trees (and `check` on them) never need.
 */
const workerThreads = () => (0,external_node_module_.createRequire)(require("url").pathToFileURL(__filename).href)('node:worker_threads');
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
/** The name as text when its bytes are valid UTF-8, else null. */
function utf8OrNull(raw) {
    // ASCII, the common case, needs no decoder.
    let ascii = true;
    for (const byte of raw) {
        if (byte >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return raw.toString('latin1');
    try {
        return STRICT_UTF8.decode(raw);
    }
    catch {
        return null;
    }
}
/** A name for people: the UTF-8 text, or for other bytes each non-ASCII byte as `\xNN`. */
function displayName(raw) {
    const text = utf8OrNull(raw);
    if (text !== null)
        return text;
    let out = '';
    for (const byte of raw) {
        out += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase()}`;
    }
    return out;
}
function splitNul(buffer) {
    const out = [];
    let start = 0;
    for (let end = buffer.indexOf(0, start); end !== -1; end = buffer.indexOf(0, start)) {
        if (end > start)
            out.push(buffer.subarray(start, end));
        start = end + 1;
    }
    if (start < buffer.length)
        out.push(buffer.subarray(start));
    return out;
}
/**
 * Whether git could see a repository here: a `.git` (folder or file) in the root or above it, or
 * git pointed elsewhere by the environment. Elsewhere git would only fail, after the cost of
 * starting it (an extracted tarball in an organization sweep, a plain folder).
 */
function insideGitTree(root) {
    if (process.env.GIT_DIR || process.env.GIT_WORK_TREE)
        return true;
    for (let dir = external_node_path_default().resolve(root);; dir = external_node_path_default().dirname(dir)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, NEVER_LISTED)))
            return true;
        if (external_node_path_default().dirname(dir) === dir)
            return false;
    }
}
/** The most bytes of names git may list (a runaway listing is not a tree to scan). */
const GIT_LISTING_MAX = 512 * 1024 * 1024;
/**
 * The files git lists, or null when git cannot run here. The workspace may belong to another
 * user (a container on a runner): `safe.directory` is set for this command only, on the command
 * line and through the environment (older and newer git read one or the other). Names come
 * unquoted (`core.quotePath=false`) and NUL-separated, counted as they arrive so that a large
 * tree's reading thread can start while git is still listing.
 */
function gitFiles(root, onLarge) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('git', [
                '-c',
                'safe.directory=*',
                '-c',
                'core.quotePath=false',
                'ls-files',
                '-co',
                '--exclude-standard',
                '-z',
            ], {
                cwd: root,
                stdio: ['ignore', 'pipe', 'ignore'],
                windowsHide: true,
                env: {
                    ...process.env,
                    GIT_CONFIG_COUNT: '1',
                    GIT_CONFIG_KEY_0: 'safe.directory',
                    GIT_CONFIG_VALUE_0: '*',
                    GIT_OPTIONAL_LOCKS: '0',
                },
            });
        }
        catch {
            return resolve(null);
        }
        const chunks = [];
        let size = 0;
        let names = 0;
        let failed = false;
        child.stdout.on('data', (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            if (size > GIT_LISTING_MAX && !failed) {
                failed = true;
                child.kill();
            }
            if (names < PREFETCH_MIN_FILES) {
                for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, at + 1))
                    names++;
                if (names >= PREFETCH_MIN_FILES)
                    onLarge();
            }
        });
        child.on('error', () => {
            failed = true;
        });
        child.on('close', (code) => {
            if (failed || code !== 0)
                return resolve(null);
            const all = Buffer.concat(chunks, size);
            // Valid UTF-8 as a whole means every name is (a NUL cannot sit inside a character):
            // one decode for all, instead of one check per name.
            const files = (0,external_node_buffer_.isUtf8)(all)
                ? all
                    .toString('utf8')
                    .split('\0')
                    .filter((name) => name !== '')
                : splitNul(all);
            // An empty listing also comes from a root that the enclosing repository ignores:
            // walk it instead.
            resolve(files.length > 0 ? files : null);
        });
    });
}
function sameRaw(a, b) {
    if (typeof a === 'string' || typeof b === 'string')
        return a === b;
    return a.equals(b);
}
function joinRaw(dir, name) {
    if (dir.length === 0)
        return name;
    if (typeof dir === 'string' && typeof name === 'string')
        return `${dir}/${name}`;
    return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}
/** Entries of a folder; names that are not UTF-8 come as their bytes (a second, rare read). */
function entriesOf(full) {
    const entries = (0,external_node_fs_.readdirSync)(full, { withFileTypes: true });
    if (!entries.some((e) => e.name.includes('\uFFFD'))) {
        return entries.map((e) => ({ name: e.name, display: e.name, dir: e.isDirectory() }));
    }
    return (0,external_node_fs_.readdirSync)(full, { withFileTypes: true, encoding: 'buffer' }).map((e) => {
        const text = utf8OrNull(e.name);
        return { name: text ?? e.name, display: text ?? displayName(e.name), dir: e.isDirectory() };
    });
}
function walk(root, onLarge, ignore) {
    const out = [];
    let large = false;
    const visit = (dir, dirName, rules) => {
        let entries;
        try {
            entries = entriesOf(joinRaw(root, dir));
        }
        catch {
            return;
        }
        let here = rules;
        if (entries.some((e) => e.display === '.gitignore' && !e.dir)) {
            try {
                const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(root, dirName, '.gitignore'), 'utf8');
                here = [...rules, { base: dirName, ig: ignore().add(text) }];
            }
            catch {
                // unreadable: nothing to honour
            }
        }
        const ignored = (rel, isDir) => here.length > 0 &&
            here.some(({ base, ig }) => {
                const local = base ? rel.slice(base.length + 1) : rel;
                try {
                    return ig.ignores(isDir ? `${local}/` : local);
                }
                catch {
                    return false; // a name the ignore rules cannot take is read, not dropped
                }
            });
        const subdirs = [];
        for (const entry of entries) {
            if (entry.display === NEVER_LISTED)
                continue;
            const raw = joinRaw(dir, entry.name);
            const rel = dirName ? `${dirName}/${entry.display}` : entry.display;
            if (entry.dir) {
                if (!ignored(rel, true))
                    subdirs.push([raw, rel]);
            }
            else if (!ignored(rel, false))
                out.push(raw);
        }
        if (!large && out.length >= PREFETCH_MIN_FILES) {
            large = true;
            onLarge();
        }
        for (const [raw, rel] of subdirs)
            visit(raw, rel, here);
    };
    visit('', '', []);
    return out;
}
function insideGitDir(file) {
    return (file === NEVER_LISTED ||
        file.startsWith(`${NEVER_LISTED}/`) ||
        file.endsWith(`/${NEVER_LISTED}`) ||
        file.includes(`/${NEVER_LISTED}/`));
}
function excluder(globs = []) {
    if (globs.length === 0)
        return () => false;
    // Bounded work whatever the globs: the `scan-exclude` input may come from a pull request.
    const matchers = globs.map((glob) => (0,glob_glob/* compileGlob */.SO)(glob));
    const match = (file) => matchers.some((matches) => matches(file));
    return (file) => {
        if (match(file))
            return true;
        // A glob naming a directory excludes everything below it.
        for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) {
            if (match(file.slice(0, i)))
                return true;
        }
        return false;
    };
}
/** Every file under the root, sorted by display name, without the excluded ones. */
async function listFiles(root, exclude = [], 
/** Called once when the listing reaches PREFETCH_MIN_FILES names. */
onLarge = () => undefined) {
    let large = false;
    const once = () => {
        if (!large)
            onLarge();
        large = true;
    };
    const fromGit = insideGitTree(root) ? await gitFiles(root, once) : null;
    // The .gitignore matcher is loaded only for a walk: inside a git tree, git applies the rules.
    const listed = fromGit ?? walk(root, once, (await __webpack_require__.e(/* import() */ 298).then(__webpack_require__.t.bind(__webpack_require__, 298, 23))).default);
    const excluded = excluder(exclude);
    const slashes = (external_node_path_default()).sep === '/';
    const kept = [];
    let total = 0;
    for (const listedPath of listed) {
        let raw = listedPath;
        let file;
        if (typeof listedPath === 'string')
            file = listedPath;
        else {
            const text = utf8OrNull(listedPath);
            file = text ?? displayName(listedPath);
            if (text !== null)
                raw = text;
        }
        if (!slashes)
            file = file.split((external_node_path_default()).sep).join('/');
        if (file.includes(NEVER_LISTED) && insideGitDir(file))
            continue;
        total++;
        if (excluded(file))
            continue;
        kept.push({ file, raw });
    }
    // Sorted (git lists in order already, which the sort takes in one pass), each path once: git
    // lists a conflicted path once per stage. Two paths that only display alike (a name that is
    // not UTF-8, and one spelling its escape) are two files, both read.
    kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const files = kept.filter((entry, i) => {
        const before = kept[i - 1];
        return !before || before.file !== entry.file || !sameRaw(before.raw, entry.raw);
    });
    return {
        files,
        listing: fromGit ? 'git' : 'walk',
        excludedAll: exclude.length > 0 && total > 0 && files.length === 0,
    };
}
const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = external_node_fs_.constants;
/** Never through a symbolic link (checked by hand), never blocking on a FIFO. */
const OPEN_FLAGS = O_RDONLY | (O_NOFOLLOW ?? 0) | (O_NONBLOCK ?? 0);
function inside(realRoot, target) {
    return target === realRoot || target.startsWith(realRoot + (external_node_path_default()).sep);
}
/** One buffer for every read: the bytes are decoded before the next file is read. */
let shared = Buffer.allocUnsafe(0);
/** Below this, a short read is the end of the file: one read call per file, not two. */
const ONE_READ = 64 * 1024;
/**
 * Reads an open file whole, up to `limit` bytes, and closes it. No fstat on the common path:
 * the positioned read itself tells a directory (EISDIR), a FIFO or socket (ESPIPE), and a file
 * over the limit (one byte more than the limit arrives). Only then is the file's type asked, so
 * a device that streams bytes forever is `unreadable`, not `too-large`.
 */
function readOpen(fd, limit) {
    try {
        if (shared.length < limit + 1)
            shared = Buffer.allocUnsafe(limit + 1);
        const buffer = shared.subarray(0, limit + 1);
        let filled = 0;
        try {
            while (filled < buffer.length) {
                const read = (0,external_node_fs_.readSync)(fd, buffer, filled, buffer.length - filled, filled);
                filled += read;
                // A regular file gives everything up to its end in one read; larger ones are looped.
                if (read === 0 || (read < ONE_READ && filled < buffer.length))
                    break;
            }
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'EISDIR')
                return null; // a submodule, a link to a folder inside the root
            return { skipped: 'unreadable' }; // ESPIPE (FIFO), EAGAIN, EIO…
        }
        if (filled > limit)
            return { skipped: (0,external_node_fs_.fstatSync)(fd).isFile() ? 'too-large' : 'unreadable' };
        return { bytes: buffer.subarray(0, filled) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function errorCode(error) {
    return error?.code;
}
/**
 * Reads a listed file whole, up to `limit` bytes, into a buffer that the next read reuses. A
 * symbolic link is followed only when it resolves inside the root; a file listed but gone since
 * is nothing to read.
 */
function readInside(realRoot, root, entry, limit) {
    const full = joinRaw(root, entry.raw);
    try {
        if (!O_NOFOLLOW && (0,external_node_fs_.lstatSync)(full).isSymbolicLink()) {
            throw Object.assign(new Error('link'), { code: 'ELOOP' });
        }
        return readOpen((0,external_node_fs_.openSync)(full, OPEN_FLAGS), limit);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return null;
        if (code !== 'ELOOP')
            return { skipped: 'unreadable' };
    }
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(full);
    }
    catch {
        return { skipped: 'outside-root' }; // a dangling or looping link leads nowhere inside
    }
    if (!inside(realRoot, target))
        return { skipped: 'outside-root' };
    try {
        return readOpen((0,external_node_fs_.openSync)(target, OPEN_FLAGS), limit);
    }
    catch (error) {
        return errorCode(error) === 'ENOENT' ? null : { skipped: 'unreadable' };
    }
}
/** Below this many files, a second thread costs more to start than it saves. */
const PREFETCH_MIN_FILES = 1000;
/** Bytes per batch the reading thread hands over, and batches it may read ahead. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_FILES = 256;
const BATCHES_AHEAD = 16;
/**
 * The reading thread: opens and reads each path exactly as `readInside` first tries to (no
 * symbolic link followed, never blocking), and hands over the bytes in batches. Anything else — an
 * error of any kind, a link, a folder, a file over the limit — is marked for the main thread to
 * read with `readInside`, so every decision about what is read and why stays in one place.
 * Plain JavaScript run from a string: it needs nothing but node:fs, and no bundle file to find.
 */
const PREFETCH_SOURCE = `
const { parentPort, receiveMessageOnPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
parentPort.once('message', (job) => {
const { limit, flags, batchBytes, batchFiles, ahead, recycled } = job;
const paths = typeof job.paths === 'string' ? job.paths.split('\\0') : job.paths;
// The first batches are small, so that matching starts while the rest is read.
let filesPerBatch = Math.min(16, batchFiles);
const inFlight = new Int32Array(job.inFlight);
const scratch = Buffer.allocUnsafe(limit + 1);
// Batches the main thread is done with come back to be filled again, sparing the allocations.
const fresh = () => {
  const back = receiveMessageOnPort(recycled);
  return back && back.message.byteLength >= batchBytes ? new Uint8Array(back.message) : new Uint8Array(batchBytes);
};
let bytes = fresh();
let lengths = [];
let used = 0;
let first = 0;
const send = () => {
  while (Atomics.load(inFlight, 0) >= ahead) Atomics.wait(inFlight, 0, Atomics.load(inFlight, 0), 50);
  Atomics.add(inFlight, 0, 1);
  const sizes = Int32Array.from(lengths);
  parentPort.postMessage({ first, sizes, bytes: bytes.buffer }, [bytes.buffer, sizes.buffer]);
  first += lengths.length;
  filesPerBatch = Math.min(batchFiles, filesPerBatch * 2);
  bytes = fresh();
  lengths = [];
  used = 0;
};
// Reads from fd at offset filled into target[at…at+room); true when the end came before the room.
const fill = (fd, target, at, room, filled) => {
  while (filled < room) {
    const read = readSync(fd, target, at + filled, room - filled, filled);
    filled += read;
    if (read === 0 || (read < 65536 && filled < room)) return [filled, true];
  }
  return [filled, false];
};
for (let i = 0; i < paths.length; i++) {
  let size = -1;
  let fd = -1;
  let inBatch = false;
  try {
    fd = openSync(paths[i], flags);
    // Straight into the batch while it has room (most files end there: no copy); a file that
    // fills the room goes on in the scratch buffer, up to the limit.
    const room = Math.min(bytes.length - used, scratch.length);
    let [filled, ended] = room > 0 ? fill(fd, bytes, used, room, 0) : [0, false];
    if (ended) {
      inBatch = true;
      size = filled;
    } else {
      scratch.set(bytes.subarray(used, used + filled), 0);
      [filled] = fill(fd, scratch, 0, scratch.length, filled);
      if (filled <= limit) size = filled;
    }
  } catch {
    size = -1;
    inBatch = false;
  } finally {
    if (fd !== -1) try { closeSync(fd); } catch {}
  }
  if (inBatch) used += size;
  else if (size > 0) {
    if (used + size > bytes.length) {
      if (lengths.length > 0) send();
      if (size > bytes.length) bytes = new Uint8Array(size);
    }
    bytes.set(scratch.subarray(0, size), used);
    used += size;
  }
  lengths.push(size);
  if (lengths.length >= filesPerBatch || used >= batchBytes) send();
}
if (lengths.length > 0) send();
recycled.close();
});
`;
/**
 * The reading thread, started as soon as the listing shows a large tree so that it boots while
 * the listing goes on; it waits for the list of paths. `stop` ends it, whatever state it is in.
 */
class ReadAhead {
    batches = [];
    stopped = false;
    wake = null;
    worker;
    constructor(worker) {
        this.worker = worker;
        worker.on('message', (batch) => {
            this.batches.push(batch);
            this.notify();
        });
        const stop = () => {
            this.stopped = true;
            this.notify();
        };
        worker.on('error', stop);
        worker.on('exit', stop);
    }
    /** A reading thread, or null where one cannot run or could not refuse links. */
    static start() {
        if ((0,external_node_os_.availableParallelism)() < 2 || !O_NOFOLLOW)
            return null;
        try {
            // Whatever the thread might print never reaches the gate's output.
            const { Worker } = workerThreads();
            return new ReadAhead(new Worker(PREFETCH_SOURCE, { eval: true, stdout: true, stderr: true }));
        }
        catch {
            return null;
        }
    }
    read(paths, limit, inFlight, recycled) {
        // One string copies to the thread much faster than 20,000; a path never holds a NUL.
        // (An empty list stays a list: joined, it would be one empty path.)
        const strings = paths.length > 0 && paths.every((one) => typeof one === 'string');
        this.worker.postMessage({
            paths: strings ? paths.join('\0') : paths,
            limit,
            flags: OPEN_FLAGS,
            batchBytes: BATCH_BYTES,
            batchFiles: BATCH_FILES,
            ahead: BATCHES_AHEAD,
            inFlight,
            recycled,
        }, [recycled]);
    }
    /** Resolves when a batch arrives or the thread stops. */
    next() {
        if (this.batches.length > 0 || this.stopped)
            return Promise.resolve();
        return new Promise((resolve) => (this.wake = resolve));
    }
    stop() {
        if (!this.stopped)
            void this.worker.terminate();
        this.stopped = true;
    }
    notify() {
        this.wake?.();
        this.wake = null;
    }
}
/**
 * Reads every listed file in order and hands each result to `visit`, which must be done with the
 * bytes when it returns (the buffer is reused). On a large tree with a spare core, a second
 * thread (`ahead`, or one started here) does the opening and reading while this one matches;
 * the results, and their order, are the same as reading one file after the other here, which is
 * what happens otherwise, or from where the thread stopped if it stops. The thread is stopped
 * before this returns.
 */
async function readEach(realRoot, root, files, limit, visit, options = {}) {
    let next = 0;
    const readHere = () => {
        for (; next < files.length; next++) {
            const entry = files[next];
            visit(entry, readInside(realRoot, root, entry, limit));
        }
    };
    const large = files.length >= (options.threadFrom ?? PREFETCH_MIN_FILES);
    const ahead = large ? (options.ahead ?? ReadAhead.start()) : null;
    if (!large)
        options.ahead?.stop();
    if (!ahead) {
        await options.ready;
        return readHere();
    }
    const inFlight = new SharedArrayBuffer(4);
    const counter = new Int32Array(inFlight);
    const recycle = new MessageChannel();
    try {
        ahead.read(files.map((entry) => joinRaw(root, entry.raw)), limit, inFlight, recycle.port2);
        await options.ready;
        while (next < files.length) {
            await ahead.next();
            const batch = ahead.batches.shift();
            if (!batch || batch.first !== next)
                break; // stopped early: the rest is read here
            let offset = 0;
            for (const size of batch.sizes) {
                const entry = files[next];
                if (size < 0)
                    visit(entry, readInside(realRoot, root, entry, limit));
                else {
                    visit(entry, { bytes: Buffer.from(batch.bytes, offset, size) });
                    offset += size;
                }
                next++;
            }
            recycle.port1.postMessage(batch.bytes, [batch.bytes]);
            Atomics.sub(counter, 0, 1);
            Atomics.notify(counter, 0);
        }
    }
    finally {
        ahead.stop();
        recycle.port1.close();
    }
    readHere();
}
/** Bytes looked at to tell a binary file. */
const PROBE = 8192;
/** Signatures of binary formats that can start with bytes a text file could also hold. */
const MAGIC = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
    Buffer.from('GIF8'),
    Buffer.from([0xff, 0xd8, 0xff]), // JPEG
    Buffer.from([0x50, 0x4b, 0x03, 0x04]), // ZIP, JAR, docx
    Buffer.from([0x1f, 0x8b]), // gzip
    Buffer.from([0x7f, 0x45, 0x4c, 0x46]), // ELF
    Buffer.from([0xca, 0xfe, 0xba, 0xbe]), // Java class, Mach-O fat
    Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), // Mach-O
    Buffer.from([0x00, 0x61, 0x73, 0x6d]), // WebAssembly
    Buffer.from('SQLite format 3\0'),
    Buffer.from('%PDF-'),
    Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), // zstd
    Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), // 7z
];
/**
 * Binary by a real test: a NUL in the first 8 KiB together with a known binary signature or a
 * high share (a tenth) of control bytes. A source file with one stray NUL is still read.
 */
function isBinary(bytes) {
    const probe = bytes.subarray(0, PROBE);
    if (!probe.includes(0))
        return false;
    if (MAGIC.some((magic) => probe.subarray(0, magic.length).equals(magic)))
        return true;
    let control = 0;
    for (const byte of probe) {
        // Tab, line feed, vertical tab, form feed, carriage return and escape are text.
        if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) || byte === 0x7f) {
            control++;
        }
    }
    return control * 10 >= probe.length;
}
/** The text of a file: UTF-16 when its byte-order mark says so, else UTF-8 without a BOM. */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
        return swapped.swap16().toString('utf16le');
    }
    if (isBinary(bytes))
        return null;
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
const GATE = 'ai-vendor-gate';
/**
 * A file the gate itself wrote, wherever it lies: a SARIF log whose every run's tool is the gate,
 * a JSON report, or a gate record or history (one JSON object per line, each with
 * `"tool":{"name":"ai-vendor-gate"` and its `sha256`). Told from the name and the first bytes,
 * so other files cost one short comparison; then confirmed by parsing the whole, so a file that
 * merely starts like one is still read.
 */
function isGateOutput(file, text) {
    if (!/\.(?:sarif|json|jsonl|ndjson)$/i.test(file))
        return false;
    const head = text.slice(0, 4096);
    if (!/^\s*\{/.test(head) || !text.includes(GATE))
        return false;
    const object = (value) => typeof value === 'object' && value !== null ? value : undefined;
    const named = (value) => object(value)?.name === GATE;
    const isRecord = (value) => named(object(value)?.tool) && typeof object(value)?.sha256 === 'string';
    try {
        const whole = object(JSON.parse(text));
        const runs = whole?.runs;
        if (whole?.version === '2.1.0' && Array.isArray(runs) && runs.length > 0) {
            return runs.every((run) => named(object(object(run)?.tool)?.driver));
        }
        return isRecord(whole) || (named(whole?.tool) && whole?.schemaVersion !== undefined);
    }
    catch {
        // Not one JSON document: a history, one record per line.
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0)
        return false;
    try {
        return lines.every((line) => isRecord(JSON.parse(line)));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/detect/imports.ts

const LANGUAGE_BY_EXTENSION = {
    py: 'python',
    pyi: 'python',
    js: 'js',
    jsx: 'js',
    mjs: 'js',
    cjs: 'js',
    ts: 'js',
    tsx: 'js',
    mts: 'js',
    cts: 'js',
    vue: 'js',
    svelte: 'js',
    astro: 'js',
    go: 'go',
    java: 'java',
    kt: 'java',
    kts: 'java',
    scala: 'java',
    groovy: 'java',
    rb: 'ruby',
    rs: 'rust',
};
const ECOSYSTEM = {
    python: 'pypi',
    js: 'npm',
    go: 'go',
    java: 'maven',
    ruby: 'rubygems',
    rust: 'crates',
};
/** Where a module's parent ends: `a.b.c` → `a.b` (Python, Java), `a/b` → `a` (JS, Go, Ruby). */
const SEPARATOR = {
    python: '.',
    js: '/',
    go: '/',
    java: '.',
    ruby: '/',
    rust: '::',
};
/** The AI SDK's provider prefixes that are not already catalog vendor ids. */
const GATEWAY_PROVIDERS = {
    vertex: 'google',
    'google-vertex': 'google',
    bedrock: 'aws-bedrock',
    'amazon-bedrock': 'aws-bedrock',
    azure: 'azure-openai',
    togetherai: 'together',
    'together-ai': 'together',
};
const GATEWAY_VENDOR = 'vercel-ai-gateway';
function importLanguage(file) {
    const dot = file.lastIndexOf('.');
    if (dot === -1 || dot < file.lastIndexOf('/'))
        return undefined;
    return LANGUAGE_BY_EXTENSION[file.slice(dot + 1).toLowerCase()];
}
const PYTHON = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import\b([^\n#;]{0,500})|import[ \t]+([^\n#;]{1,500}))/gm;
/** Before a quoted JS module name: the statement that imports it. */
const JS_KEYWORDS = ['from', 'import', 'require'];
const GO_SINGLE = /^[ \t]*import[ \t]+(?:[\w.]{1,100}[ \t]+)?"([^"\n]{1,300})"/gm;
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm;
const GO_BLOCK_LINE = /[ \t]*(?:(?:[\w.]{1,100}[ \t]+)?"([^"\n]{1,300})")?[^\n]*(?:\n|$)/y;
const JAVA = /^[ \t]*import[ \t]+(?:static[ \t]+)?([A-Za-z_][\w.]{0,300})/gm;
const RUBY = /^[ \t]*(?:require|depends_on)[ \t]{0,16}\(?[ \t]{0,16}(['"])([^'"\n]{1,200})\1/gm;
const RUST = /^[ \t]*(?:pub(?:\([\w ]{0,32}\))?[ \t]+)?(?:use[ \t]+(?:::)?|extern[ \t]+crate[ \t]+)([A-Za-z_]\w{0,100}(?:::[A-Za-z_]\w{0,100}){0,8})/gm;
/**
 * A `'provider/model'` string where a model is named: `model: '…'`, `id: '…'` in a model table,
 * or the argument of `gateway('…')`, `languageModel('…')`, `model('…')`. Searched after the
 * quote, in the same pass as the module names (see quotedExpression).
 */
const GATEWAY_MODEL_BODY = `([a-z0-9][a-z0-9-]{0,40})\\/([^'"\`\\s\\\\]{1,120})\\1`;
/**
 * What must come right before such a string, tested only where one was found: the quote leads
 * the search (quotes are rarer than letters), so text without quoted paths costs one quick pass.
 */
const MODEL_KEY = /(?<![\w$])(?:(?:model|id)[ \t]{0,16}:|(?:gateway|languageModel|model)[ \t]{0,16}\()[ \t]{0,16}$/;
/** Longer than any MODEL_KEY match plus the character its look-behind reads. */
const MODEL_KEY_REACH = 64;
/**
 * One expression for every quoted string a JS file is searched for, so the text is scanned once:
 * it stops at a quote (consuming only the quote) where a catalog module name in quotes starts
 * (group 2, as `(['"])(module)\1` would match there) or a quoted `provider/model` string starts
 * (groups 3 and 4, or 5 and 6 where no module matched, as `(['"\`])provider\/rest\1` would).
 * Each search's own rule of going on after a match is applied by quotedStrings.
 */
function quotedExpression(modules) {
    const names = [...modules]
        .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
        .map(escapeRegExp)
        .join('|');
    const module = `((?:${names})(?:/[^'"\\n\\\\]{0,200})?)\\1`;
    const model = GATEWAY_MODEL_BODY;
    return new RegExp(names ? `(['"\`])(?:(?=${module})(?:(?=${model})|)|(?=${model}))` : `(['"\`])()(?=${model})`, 'g');
}
/**
 * The module names in quotes (each as the search `(['"])(module)\1` alone finds them: from left
 * to right, going on after each) and the quoted `provider/model` strings where a model is named
 * (as `(['"\`])provider\/rest\1` finds them, going on after each that MODEL_KEY precedes, else
 * from the next character), in one pass of `expression` (quotedExpression).
 */
function quotedStrings(text, expression) {
    const modules = [];
    const models = [];
    let moduleFrom = 0;
    let modelFrom = 0;
    expression.lastIndex = 0;
    for (let m = expression.exec(text); m; m = expression.exec(text)) {
        const at = m.index;
        const quote = m[1] ?? '';
        const module = m[2];
        if (module && quote !== '`' && at >= moduleFrom) {
            modules.push({ module, at: at + 1 });
            moduleFrom = at + module.length + 2;
        }
        const provider = m[3] ?? m[5];
        const rest = m[4] ?? m[6];
        if (provider !== undefined && rest !== undefined && at >= modelFrom) {
            if (MODEL_KEY.test(text.slice(Math.max(0, at - MODEL_KEY_REACH), at))) {
                models.push({ index: at, quote, provider, rest });
                modelFrom = at + provider.length + rest.length + 3;
            }
        }
    }
    return { modules, models };
}
const MODELS_ONLY = quotedExpression([]);
/** Each `'provider/model'` string where a model is named, in order. */
function modelStrings(text) {
    return quotedStrings(text, MODELS_ONLY).models;
}
/** The Azure clients of the OpenAI SDKs and of LangChain's OpenAI integration. */
const AZURE_CLIENT_SOURCE = '(?:Async)?Azure(?:Chat)?OpenAI(?:Embeddings)?';
/** One of those clients, used anywhere in a file. */
const AZURE_CLIENT = new RegExp(`(?<![\\w$])${AZURE_CLIENT_SOURCE}(?![\\w$])`, 'g');
/** One of those clients, imported by name (`AzureOpenAI`, `AzureOpenAI as Client`). */
const AZURE_CLIENT_NAME = new RegExp(`^${AZURE_CLIENT_SOURCE}(?:[ \\t]+as[ \\t]+\\w+)?$`);
/**
 * `from openai import AzureOpenAI, AsyncAzureOpenAI` (on one line) takes only the Azure clients:
 * the data goes to Azure OpenAI, and the import is no evidence of OpenAI itself.
 */
function azureClientsOnly(names) {
    if (names === undefined)
        return false;
    const list = names
        .replace(/[()\\]/g, ' ')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
    return list.length > 0 && list.every((name) => AZURE_CLIENT_NAME.test(name));
}
/** What a model id starts with: keeps `id: 'openai/openai-node'` (a repository) out. */
const MODEL_FAMILY = /^(?:gpt|o\d|chatgpt|codex|text-embedding|dall-e|whisper|tts|claude|gemini|gemma|imagen|veo|grok|mistral|mixtral|codestral|magistral|ministral|pixtral|devstral|open-mistral|command|embed|rerank|llama|meta-llama|deepseek|sonar|r1|qwen|kimi|moonshot|glm|nova|titan|jamba|phi|nemotron|accounts\/fireworks)/i;
function imports_all(re, text, each) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
        each(m);
}
function escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A JS module name in quotes is an import when `from`, `import` or `require` stands before it
 * (with at most a parenthesis and a few blanks between), as a word of its own.
 */
function jsImportAt(text, quote) {
    let i = quote;
    const blanks = () => {
        for (let k = 0; k < 16 && (text[i - 1] === ' ' || text[i - 1] === '\t'); k++)
            i--;
    };
    blanks();
    if (text[i - 1] === '(') {
        i--;
        blanks();
    }
    return JS_KEYWORDS.some((word) => text.startsWith(word, i - word.length) && !/[\w$.]/.test(text[i - word.length - 1] ?? ''));
}
/**
 * The names of `import { A, B } from '…'` whose quote is at `quote`, as written between the
 * braces; undefined for any other form (a default or namespace import, `require`), and for a
 * statement longer than a few hundred characters.
 */
function jsNamedImports(text, quote) {
    const before = text.slice(Math.max(0, quote - 400), quote);
    const statement = /(?:^|[\s;])import\s*\{([^{}]*)\}\s*from\s*$/.exec(before);
    return statement?.[1];
}
function findImports(language, text) {
    const out = [];
    switch (language) {
        case 'python':
            imports_all(PYTHON, text, (m) => {
                if (m[1] !== undefined) {
                    const at = m.index + m[0].indexOf(m[1], m[0].indexOf('from') + 4);
                    out.push({ module: m[1], at, names: m[2] ?? '' });
                    return;
                }
                // `import a.b as c, d`: each name up to its `as`.
                const list = m[3] ?? '';
                const listAt = m.index + m[0].length - list.length;
                let offset = 0;
                for (const piece of list.split(',')) {
                    const name = /^\s*([A-Za-z_][\w.]*)/.exec(piece);
                    if (name?.[1]) {
                        out.push({ module: name[1], at: listAt + offset + piece.indexOf(name[1]) });
                    }
                    offset += piece.length + 1;
                }
            });
            break;
        case 'js':
            // Found with the model strings in one pass (quotedStrings), by the caller.
            break;
        case 'go': {
            imports_all(GO_SINGLE, text, (m) => {
                const module = m[1] ?? '';
                out.push({ module, at: m.index + m[0].length - module.length - 1 });
            });
            imports_all(GO_BLOCK, text, (m) => {
                // The block's lines, until the one that closes it.
                let pos = m.index + m[0].length;
                for (;;) {
                    GO_BLOCK_LINE.lastIndex = pos;
                    const line = GO_BLOCK_LINE.exec(text);
                    if (!line || line[0].length === 0)
                        break;
                    if (line[1] !== undefined) {
                        const quote = line[0].indexOf(`"${line[1]}"`);
                        out.push({ module: line[1], at: pos + quote + 1 });
                    }
                    if (/^[ \t]*\)/.test(line[0]))
                        break;
                    pos += line[0].length;
                }
                GO_BLOCK.lastIndex = Math.max(GO_BLOCK.lastIndex, pos);
            });
            break;
        }
        case 'java':
            imports_all(JAVA, text, (m) => {
                const module = (m[1] ?? '').replace(/\.$/, '');
                out.push({ module, at: m.index + m[0].length - (m[1] ?? '').length });
            });
            break;
        case 'ruby':
            imports_all(RUBY, text, (m) => {
                const module = m[2] ?? '';
                out.push({ module, at: m.index + m[0].length - module.length - 1 });
            });
            break;
        case 'rust':
            imports_all(RUST, text, (m) => {
                const module = m[1] ?? '';
                out.push({ module, at: m.index + m[0].length - module.length });
            });
            break;
    }
    return out;
}
/** A Go major-version path element (`/v2`, `/v3`…): `…/openai-go/v3/azure` is `…/openai-go/azure`. */
const GO_MAJOR_VERSION = /\/v(?:[2-9]|[1-9]\d+)(?=\/|$)/g;
/**
 * The key a module is looked up by: Go import paths compare without letter case and without
 * major-version elements, so a catalog module names its package in every major version.
 */
function moduleKey(language, module) {
    return language === 'go' ? module.toLowerCase().replace(GO_MAJOR_VERSION, '') : module;
}
function buildImportMatcher(catalog) {
    // Per language, module key → vendors; an empty list is a `notImports` module: no vendor, and
    // the walk up to its parents stops there.
    const byLanguage = new Map();
    const modulesOf = (language) => {
        const modules = byLanguage.get(language) ?? new Map();
        byLanguage.set(language, modules);
        return modules;
    };
    for (const { language, module, vendor } of catalog.imports ?? []) {
        const modules = modulesOf(language);
        const key = moduleKey(language, module);
        modules.set(key, [...(modules.get(key) ?? []), vendor]);
    }
    const notImports = new Map();
    for (const notImport of catalog.notImports ?? []) {
        const key = moduleKey(notImport.language, notImport.module);
        modulesOf(notImport.language).set(key, []);
        notImports.set(`${notImport.language}\0${key}`, notImport);
    }
    // The JS module names, and `ai` (the AI SDK, for the gateway), each with any subpath.
    const jsModules = [
        ...[...(byLanguage.get('js') ?? [])]
            .filter(([, vendors]) => vendors.length > 0)
            .map(([m]) => m),
        'ai',
    ];
    const jsQuoted = quotedExpression(jsModules);
    const vendorIds = new Set([
        ...(0,detect_catalog/* catalogVendorIds */.cL)(),
        ...(catalog.imports?.map((i) => i.vendor) ?? []),
    ]);
    /**
     * Vendors of a module or of its nearest parent module the catalog names (none when that is a
     * `notImports` module): one map lookup per path element.
     */
    const lookup = (language, module, heard) => {
        const modules = byLanguage.get(language);
        if (!modules)
            return [];
        const separator = SEPARATOR[language];
        let name = moduleKey(language, module);
        for (;;) {
            const vendors = modules.get(name);
            if (vendors) {
                if (vendors.length === 0 && heard) {
                    const notImport = notImports.get(`${language}\0${name}`);
                    if (notImport)
                        heard(notImport);
                }
                return [...new Set(vendors)].sort();
            }
            const cut = name.lastIndexOf(separator);
            if (cut <= 0)
                return [];
            name = name.slice(0, cut);
        }
    };
    return {
        match(file, text, context, heard) {
            const language = importLanguage(file);
            if (!language)
                return [];
            // A JS file: the module names in quotes and the model strings, in one pass; a module
            // name is an import where a statement stands before it.
            const quoted = language === 'js' ? quotedStrings(text, jsQuoted) : null;
            const found = (quoted
                ? quoted.modules
                    .filter(({ at }) => jsImportAt(text, at - 1))
                    .map((item) => ({ ...item, names: jsNamedImports(text, item.at - 1) }))
                : findImports(language, text)).sort((a, b) => a.at - b.at);
            if (found.length === 0 && language !== 'js')
                return [];
            const out = [];
            const lines = lineIndex(text);
            const push = (vendor, name, at) => {
                const { line, column } = lines(at);
                out.push({
                    vendor,
                    kind: 'import',
                    ecosystem: ECOSYSTEM[language],
                    name,
                    file,
                    line,
                    column,
                    endColumn: column + name.length,
                    direct: true,
                    context,
                });
            };
            let importsGateway = false;
            let importsOpenAi = false;
            for (const { module, at, names } of found) {
                let vendors = lookup(language, module, heard);
                if (vendors.includes('openai') && azureClientsOnly(names)) {
                    vendors = [...new Set(vendors.map((v) => (v === 'openai' ? 'azure-openai' : v)))].sort();
                }
                if (language === 'js' && (module === 'ai' || module.startsWith('ai/'))) {
                    importsGateway = true;
                }
                if (vendors.includes(GATEWAY_VENDOR))
                    importsGateway = true;
                if (vendors.includes('openai'))
                    importsOpenAi = true;
                for (const vendor of vendors)
                    push(vendor, module, at);
            }
            if (importsOpenAi && (language === 'js' || language === 'python')) {
                // The OpenAI SDKs (and LangChain's OpenAI package) reach Azure OpenAI through their
                // Azure clients: `from openai import AzureOpenAI` sends the data to Azure, not OpenAI.
                AZURE_CLIENT.lastIndex = 0;
                const azure = AZURE_CLIENT.exec(text);
                if (azure)
                    push('azure-openai', azure[0], azure.index);
            }
            if (quoted) {
                // A `'provider/model'` string names the provider that serves the model, whichever router
                // carries the request; in a file that imports the AI SDK or its gateway, that router is
                // the Vercel AI Gateway. A model table (`id: 'anthropic/claude-…'`) counts too.
                for (const { index, provider, rest } of quoted.models) {
                    const vendor = GATEWAY_PROVIDERS[provider] ?? (vendorIds.has(provider) ? provider : undefined);
                    if (!importsGateway && (!vendor || !MODEL_FAMILY.test(rest)))
                        continue;
                    const model = `${provider}/${rest}`;
                    const at = index + 1;
                    if (importsGateway)
                        push(GATEWAY_VENDOR, model, at);
                    if (vendor && vendor !== GATEWAY_VENDOR)
                        push(vendor, model, at);
                }
            }
            return out;
        },
    };
}
/**
 * Line and column of offsets given in increasing order (as the matches come), each line break
 * passed over once; an offset behind the last one starts again from the top.
 */
function lineIndex(text) {
    let line = 1;
    let lineStart = 0;
    let nextBreak = text.indexOf('\n');
    let last = 0;
    return (at) => {
        if (at < last) {
            line = 1;
            lineStart = 0;
            nextBreak = text.indexOf('\n');
        }
        last = at;
        while (nextBreak !== -1 && nextBreak < at) {
            line++;
            lineStart = nextBreak + 1;
            nextBreak = text.indexOf('\n', lineStart);
        }
        return { line, column: at - lineStart + 1 };
    };
}

// EXTERNAL MODULE: ./src/detect/readers/index.ts + 8 modules
var detect_readers = __webpack_require__(2589);
// EXTERNAL MODULE: ./src/detect/evidence.ts
var detect_evidence = __webpack_require__(6742);
;// CONCATENATED MODULE: ./src/detect/text.ts
/** The longest DNS name: a wildcard label never reaches further back than this. */
const MAX_HOST = 253;
/** A placeholder that stands for a label (`${x}`, `{x}`, `<x>`) is at most this long inside. */
const MAX_PLACEHOLDER = 64;
/** Comparisons allowed per hit for signatures with several wildcards: a bound, never reached. */
const WILDCARD_BUDGET = 4096;
/**
 * The longest expression the matcher builds with every gate's labels in it: V8 stops optimizing
 * a regular expression whose source is over 20 KiB (kRegExpTooLargeToOptimize), and the scan
 * then costs tens of times as much per byte. Only a registry of hundreds of hosts gets near.
 */
const MAX_SOURCE = 16_000;
const isLower = (c) => c >= 97 && c <= 122;
const isUpper = (c) => c >= 65 && c <= 90;
const isDigit = (c) => c >= 48 && c <= 57;
const isAlnum = (c) => isLower(c) || isUpper(c) || isDigit(c);
const isWord = (c) => isAlnum(c) || c === 95; // [A-Za-z0-9_]
const isLabel = (c) => isWord(c) || c === 45; // [A-Za-z0-9_-]
const isHostChar = (c) => isLabel(c) || c === 46; // [A-Za-z0-9_.-]
function text_escapeRegExp(value) {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A literal matched in any letter case, without the `i` flag (which would widen other branches). */
function caseless(value) {
    let out = '';
    for (const ch of value) {
        const lower = ch.toLowerCase();
        const upper = ch.toUpperCase();
        out += lower !== upper ? `[${lower}${upper}]` : text_escapeRegExp(ch);
    }
    return out;
}
/**
 * The words (lower case, distinct) as one alternation in any letter case, factored by their last
 * characters: inside a lookbehind, which reads right to left, each character of the text is
 * compared with a few branches (one per distinct character there), not once per word, however
 * many hosts a registry adds on one top-level domain.
 */
function bySuffix(words) {
    const groups = new Map();
    let empty = false;
    for (const word of words) {
        const last = word[word.length - 1];
        if (last === undefined)
            empty = true;
        else if (groups.has(last))
            groups.get(last)?.push(word.slice(0, -1));
        else
            groups.set(last, [word.slice(0, -1)]);
    }
    const branches = [...groups].map(([last, rests]) => {
        const before = rests.length === 1 ? caseless((rests[0] ?? []).join('')) : `(?:${bySuffix(rests)})`;
        return `${before}${caseless(last)}`;
    });
    // The empty word last: a longer one is tried first, the empty one on backtracking.
    if (empty)
        branches.push('');
    return branches.join('|');
}
/** `text` at `at` equals `lower` (already lower case) in any ASCII letter case. */
function equalsAt(text, at, lower) {
    if (at < 0 || at + lower.length > text.length)
        return false;
    for (let i = 0; i < lower.length; i++) {
        let c = text.charCodeAt(at + i);
        if (isUpper(c))
            c += 32;
        if (c !== lower.charCodeAt(i))
            return false;
    }
    return true;
}
/** A host ends here: no label character follows, nor a dot that starts another label. */
function hostEndsAt(text, end) {
    const next = text.charCodeAt(end);
    if (isLabel(next))
        return false;
    return !(next === 46 && isAlnum(text.charCodeAt(end + 1)));
}
/** What every occurrence of a host ends with: `.tld` or `:port`; null when unknowable. */
function hostGate(host) {
    const port = /:\d+$/.exec(host);
    if (port)
        return port[0];
    const tld = host.slice(host.lastIndexOf('.'));
    return tld.length > 1 && !tld.includes('*') && host.includes('.') ? tld : null;
}
/**
 * The start of the placeholder or label character that ends just before `end`, or -1:
 * `${name}`, `#{name}`, `{name}`, `<name>`, `%s`, `%v`, or one character of `[A-Za-z0-9_-]`.
 */
function unitStart(text, end, floor) {
    const last = text.charCodeAt(end - 1);
    if (end - 1 < floor)
        return -1;
    if (last === 125 /* } */) {
        for (let i = end - 2; i >= Math.max(floor, end - 2 - MAX_PLACEHOLDER); i--) {
            const c = text.charCodeAt(i);
            if (c === 123 /* { */) {
                if (i === end - 2)
                    return -1;
                // `${x}` (JS, shell) and `#{x}` (Ruby) take their sigil with them.
                const sigil = text.charCodeAt(i - 1);
                return i > floor && (sigil === 36 /* $ */ || sigil === 35) /* # */ ? i - 1 : i;
            }
            if (c === 125 || c <= 32)
                return -1;
        }
        return -1;
    }
    if (last === 62 /* > */) {
        for (let i = end - 2; i >= Math.max(floor, end - 2 - MAX_PLACEHOLDER); i--) {
            const c = text.charCodeAt(i);
            if (c === 60 /* < */)
                return i === end - 2 ? -1 : i;
            if (!isLabel(c))
                return -1;
        }
        return -1;
    }
    if ((last === 115 || last === 118) /* s v */ && text.charCodeAt(end - 2) === 37 /* % */) {
        return end - 2 >= floor ? end - 2 : end - 1;
    }
    return isLabel(last) ? end - 1 : -1;
}
/**
 * Where a host signature that ends at `end` starts, or -1. Parts are compared right to left;
 * each `*` takes one or more label units. With nothing before a `*` the label runs to the host's
 * left edge; otherwise every unit boundary within reach is tried, under a fixed budget.
 */
function hostStartBefore(text, end, parts) {
    const floor = Math.max(0, end - MAX_HOST);
    let budget = WILDCARD_BUDGET;
    const matchFrom = (index, at) => {
        const part = parts[index] ?? '';
        const start = at - part.length;
        if (start < floor || !equalsAt(text, start, part))
            return -1;
        if (index === 0)
            return isHostChar(text.charCodeAt(start - 1)) ? -1 : start;
        // A wildcard ends at `start`: walk its units backwards.
        let pos = start;
        for (;;) {
            if (--budget < 0)
                return -1;
            const unit = unitStart(text, pos, floor);
            if (unit === -1)
                return -1;
            pos = unit;
            if (index - 1 === 0 && parts[0] === '') {
                // A leading `*`: the label must reach the host's left edge.
                if (unitStart(text, pos, floor) !== -1)
                    continue;
                return isHostChar(text.charCodeAt(pos - 1)) ? -1 : pos;
            }
            const found = matchFrom(index - 1, pos);
            if (found !== -1)
                return found;
        }
    };
    return matchFrom(parts.length - 1, end);
}
function buildTextMatcher(catalog) {
    /** Vendors by variable name, with the name itself: evidence names the catalog's string. */
    const envNames = new Map();
    /**
     * Rules by the gate (`.com`, lower case) their host ends with, and within a gate by the label
     * just before it (`openai` of `api.openai.com`; `*` when that label is a wildcard).
     */
    const byGate = new Map();
    /** Signatures that fit neither shape: matched as literals. */
    const literals = new Map();
    const addLiteral = (value, vendor, kind) => {
        const key = kind === 'endpoint' ? value.toLowerCase() : value;
        literals.set(key, [...(literals.get(key) ?? []), { vendor, kind, name: value }]);
    };
    for (const { vendor, pattern } of catalog.hosts) {
        if (!pattern)
            continue;
        const slash = pattern.indexOf('/');
        const host = slash === -1 ? pattern : pattern.slice(0, slash);
        const path = slash === -1 ? '' : pattern.slice(slash);
        const gate = hostGate(host);
        if (!gate) {
            if (!pattern.includes('*'))
                addLiteral(pattern, vendor, 'endpoint');
            continue;
        }
        const key = gate.toLowerCase();
        const rule = { vendor, name: pattern, parts: host.toLowerCase().split('*'), path };
        const before = host.slice(0, host.length - gate.length).toLowerCase();
        const last = before.slice(before.lastIndexOf('.') + 1);
        const label = last.includes('*') ? '*' : last;
        const labels = byGate.get(key) ?? new Map();
        labels.set(label, [...(labels.get(label) ?? []), rule]);
        byGate.set(key, labels);
    }
    // A wildcard label's rules apply after any label: each label's list carries them too (after
    // its own), so a hit takes one list and allocates nothing.
    for (const labels of byGate.values()) {
        const wild = labels.get('*');
        if (!wild)
            continue;
        for (const [label, rules] of labels)
            if (label !== '*')
                labels.set(label, [...rules, ...wild]);
    }
    for (const { vendor, name } of catalog.env) {
        if (!name)
            continue;
        if (/^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/.test(name)) {
            envNames.set(name, { name, vendors: [...(envNames.get(name)?.vendors ?? []), vendor] });
        }
        else
            addLiteral(name, vendor, 'env');
    }
    const byLength = (a, b) => b.length - a.length || (a < b ? -1 : 1);
    const literalKeys = [...literals.keys()].sort(byLength);
    const literalBranch = `(${literalKeys.map(caseless).join('|')})`;
    // One way to split at the first `_`, nothing after the last star: no backtracking. `\b`
    // before a capital is the lookbehind `(?<![A-Za-z0-9_])`, which V8 runs slower: a third fewer
    // instructions on runs of capitals and on deep nesting (callgrind).
    const envBranch = '\\b([A-Z][A-Z0-9]*_[A-Z0-9_]*)';
    // Each gate hits only after one of its labels, whole (no label character before it): the
    // lookbehind runs backwards from the gate's end over the labels' characters, so it is bounded,
    // and it runs only where the gate itself matched. A gate without it hits wherever it is
    // written and the rules decide, as they do for every hit: so it is for a gate with a wildcard
    // label (a registry's `foo-*.com`), and for the gates whose labels would take the expression
    // past MAX_SOURCE (smallest lists first), where V8 would stop optimizing all of it.
    const gateKeys = [...byGate.keys()].sort(byLength);
    const ends = new Map(gateKeys.map((gate) => [gate, `${caseless(gate)}(?![A-Za-z0-9-])`]));
    const filters = new Map();
    for (const gate of gateKeys) {
        const labels = byGate.get(gate);
        if (!labels || labels.has('*'))
            continue;
        const known = bySuffix([...labels.keys()].map((label) => [...label]));
        filters.set(gate, `(?<=(?<![A-Za-z0-9_-])(?:${known})${caseless(gate)})`);
    }
    let size = (literalKeys.length > 0 ? literalBranch.length : 0) +
        (envNames.size > 0 ? envBranch.length : 0) +
        [...ends.values()].reduce((sum, end) => sum + end.length + 1, 0);
    for (const [gate, filter] of [...filters].sort((a, b) => a[1].length - b[1].length)) {
        if (size + filter.length > MAX_SOURCE)
            filters.delete(gate);
        else
            size += filter.length;
    }
    // Only the branches in use: an always-failing branch would cost V8 its fast paths.
    const branches = [];
    const groups = { literal: 0, gate: 0, env: 0 };
    if (literalKeys.length > 0) {
        branches.push(literalBranch);
        groups.literal = branches.length;
    }
    if (byGate.size > 0) {
        branches.push(`(${gateKeys.map((gate) => `${ends.get(gate)}${filters.get(gate) ?? ''}`).join('|')})`);
        groups.gate = branches.length;
    }
    if (envNames.size > 0) {
        branches.push(envBranch);
        groups.env = branches.length;
    }
    const source = branches.length > 0 ? branches.join('|') : null;
    // One expression object for every file: building it per file cost more than matching a
    // small file. `match` is synchronous, so its lastIndex is never shared mid-search.
    const shared = new RegExp(source ?? '(?!)', 'g');
    return {
        match(file, text, context) {
            if (!source)
                return [];
            const out = [];
            // Lines are counted as the hits move forward: the start of the current line and the
            // next line break are remembered, so each break is passed over once.
            let line = 1;
            let lineStart = 0;
            let nextBreak = text.indexOf('\n');
            const advance = (offset) => {
                while (nextBreak !== -1 && nextBreak < offset) {
                    line++;
                    lineStart = nextBreak + 1;
                    nextBreak = text.indexOf('\n', lineStart);
                }
            };
            /** `start` is on the current line (a hit never spans a line break). */
            const push = (vendor, kind, name, start, end) => {
                out.push({
                    vendor,
                    kind,
                    name,
                    file,
                    line,
                    column: start - lineStart + 1,
                    endColumn: end - lineStart + 1,
                    direct: true,
                    context,
                });
            };
            const re = shared; // reset: the previous file left its lastIndex
            re.lastIndex = 0;
            for (let m = re.exec(text); m; m = re.exec(text)) {
                const start = m.index;
                const end = start + m[0].length;
                advance(start);
                const literal = groups.literal ? m[groups.literal] : undefined;
                const gate = groups.gate ? m[groups.gate] : undefined;
                const token = groups.env ? m[groups.env] : undefined;
                if (literal !== undefined) {
                    // A literal signature of an unusual shape.
                    for (const { vendor, kind, name } of literals.get(literals.has(literal) ? literal : literal.toLowerCase()) ?? []) {
                        const ok = kind === 'env'
                            ? literal === name &&
                                !isWord(text.charCodeAt(start - 1)) &&
                                !isWord(text.charCodeAt(end))
                            : !isHostChar(text.charCodeAt(start - 1)) && hostEndsAt(text, end);
                        if (ok)
                            push(vendor, kind, kind === 'env' ? name : literal, start, end);
                    }
                    re.lastIndex = start + 1;
                }
                else if (gate !== undefined) {
                    // A top-level domain or port (after a label some signature has, where the expression
                    // checks it): which host signatures end right here?
                    // The gate's own letters are read again, so a name that starts in them is still found
                    // (`process.env.CO_API_KEY`: `.CO` is a gate, `CO_API_KEY` a name).
                    re.lastIndex = start + 1;
                    const labels = byGate.get(gate.toLowerCase());
                    if (!labels)
                        continue;
                    let from = start;
                    while (from > start - 64 && isLabel(text.charCodeAt(from - 1)))
                        from--;
                    const label = text.slice(from, start).toLowerCase();
                    const rules = labels.get(label) ?? labels.get('*') ?? [];
                    for (const rule of rules) {
                        if (rule.path && !text.startsWith(rule.path, end))
                            continue;
                        const hostEnd = end + rule.path.length;
                        if (!hostEndsAt(text, hostEnd))
                            continue;
                        const hostStart = hostStartBefore(text, end, rule.parts);
                        if (hostStart === -1 || hostStart < lineStart)
                            continue;
                        // The name is the signature, or for a wildcard what it matched, as written.
                        const name = rule.parts.length > 1 ? text.slice(hostStart, hostEnd) : rule.name;
                        push(rule.vendor, 'endpoint', name, hostStart, hostEnd);
                    }
                }
                else if (token !== undefined) {
                    // The token took every [A-Z0-9_] there was: a lower-case letter after it means it
                    // was part of a longer word.
                    if (isLower(text.charCodeAt(end)))
                        continue;
                    // The catalog's copy of the name, not a slice of the text: a slice would keep the
                    // whole file's text alive as long as the evidence.
                    const known = envNames.get(token);
                    if (!known)
                        continue;
                    for (const vendor of known.vendors)
                        push(vendor, 'env', known.name, start, end);
                }
            }
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/detect/starter.ts


const SCHEMA = 'https://raw.githubusercontent.com/ai-vendor-gate/ai-vendor-gate/main/schemas/manifest.schema.json';
const FILES_LISTED = 5;
/** One line of a YAML comment: no line breaks or control characters. */
function commentText(value) {
    // eslint-disable-next-line no-control-regex -- replacing control characters is the point
    return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}
function productFor(vendor, registry) {
    const entry = registry && Object.hasOwn(registry.vendors, vendor) ? registry.vendors[vendor] : undefined;
    if (!entry)
        return 'api';
    const approved = Object.entries(entry.products ?? {}).find(([, p]) => p?.status === 'approved');
    return approved ? approved[0] : 'api';
}
/** A plain YAML scalar when safe, else a double-quoted (JSON) string. */
function scalar(value) {
    return /^[a-z0-9][a-z0-9-]*$/.test(value) ? value : JSON.stringify(value);
}
function starterManifest(evidence, registry) {
    const files = new Map();
    for (const item of [...evidence].sort(detect_evidence/* compareEvidence */.NU)) {
        if (item.context === 'docs')
            continue;
        const list = files.get(item.vendor) ?? [];
        if (!list.includes(item.file))
            list.push(item.file);
        files.set(item.vendor, list);
    }
    const vendors = [...files.keys()].sort();
    const lines = [
        `# yaml-language-server: $schema=${SCHEMA}`,
        '# Starter manifest written by `ai-vendor-gate init` from what the scan found.',
        '# Replace every TODO, then run `ai-vendor-gate check`.',
        'version: 1',
        'owner: TODO-team # the team accountable for this repository',
    ];
    if (vendors.length === 0) {
        lines.push('vendors: [] # the scan found no AI vendor use');
        return `${lines.join('\n')}\n`;
    }
    lines.push('vendors:');
    for (const vendor of vendors) {
        const name = (0,detect_catalog/* catalogVendor */.gE)(vendor)?.name ?? vendor;
        const found = files.get(vendor) ?? [];
        const shown = found.slice(0, FILES_LISTED).map(commentText).join(', ');
        const more = found.length > FILES_LISTED ? ` and ${found.length - FILES_LISTED} more` : '';
        lines.push(`  # ${commentText(name)}: found in ${shown}${more}`);
        lines.push(`  - vendor: ${scalar(vendor)}`);
        lines.push(`    product: ${scalar(productFor(vendor, registry))}`);
        lines.push(`    purpose: ${JSON.stringify(`TODO: why this repository uses ${name}`)}`);
        lines.push('    dataClassification: internal # TODO: the highest class of data sent: public, internal, confidential or restricted');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/detect/index.ts
// Detection (SPEC sections 5 and 9): the evidence of AI vendor use in a repository tree.
// Files are listed once (git or a .gitignore-honouring walk) and read in order, on large trees
// by a second thread while this one matches (see files.ts); each is given to its ecosystem
// reader, the workflow reader, the one-pass text matcher and the import matcher, every item at
// the file's context; requirements files' `-r` and `-c` files are followed. What is not read is
// reported with its reason. The result is sorted and deduplicated so that equal trees give
// equal evidence, whatever the file-system order.













/** Files larger than this are not read (SPEC section 5). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** At most this many skipped files are listed; the summary counts them all. */
const SKIPPED_LISTED = 100;
/**
 * Starts listing the files under `root` now: git runs in its own process while the caller
 * reads the registry and the manifest, and a large tree's reading thread boots meanwhile.
 */
function startListing(root, exclude) {
    let ahead = null;
    const listed = listFiles(root, exclude, () => (ahead = ReadAhead.start()));
    listed.catch(() => undefined); // awaited by scan; a failure must not go unhandled meanwhile
    return { listed, ahead: () => ahead, stop: () => ahead?.stop() };
}
let defaultMatchers;
function safely(read) {
    try {
        return read();
    }
    catch {
        return []; // an unparsable file gives no evidence; the scan goes on
    }
}
/** Evidence of one file's text, each item at the file's context (a reader's hint refined). */
function scanText(file, text, catalog, matchers, readers) {
    const context = contextOf(file);
    const entry = (0,detect_readers/* readerFor */.d2)(file);
    const evidence = [];
    const read = entry && readers.get(entry);
    if (read) {
        for (const item of safely(() => read(file, text, catalog))) {
            evidence.push({ ...item, context: contextOf(file, item.context) });
        }
    }
    const readWorkflow = (0,detect_readers/* isWorkflowFile */.Kr)(file) ? readers.get(detect_readers/* workflowReader */.RH) : undefined;
    if (readWorkflow) {
        for (const item of safely(() => readWorkflow(file, text, catalog))) {
            evidence.push({ ...item, context: contextOf(file, item.context) });
        }
    }
    const notImports = [];
    if (!entry?.lockfile) {
        evidence.push(...mentionsOnly(file, text, matchers.text.match(file, text, context)));
        const heard = (notImport) => notImports.push(notImport);
        evidence.push(...safely(() => matchers.imports.match(file, text, context, heard)));
    }
    const result = { file, evidence, lockfile: entry?.lockfile === true };
    if (notImports.length > 0)
        result.notImports = notImports;
    const includes = entry?.includes;
    if (includes) {
        try {
            result.includes = includes(file, text);
        }
        catch {
            // an unparsable file includes nothing
        }
    }
    return result;
}
/**
 * Requirements files pull others in: a `-r` file is read as requirements whatever its name (and
 * its own `-r` files in turn), a `-c` file only pins versions, so no dependency it lists is a
 * declaration. Only files the listing holds are followed: .gitignore, `exclude` and the root
 * bound them as they bound every other file.
 */
function followIncludes(found, listed, readOne, catalog, readers) {
    const constraints = new Set();
    const queue = [];
    const seen = new Set();
    const take = (result) => {
        for (const include of result.includes ?? []) {
            if (include.constraints)
                constraints.add(include.file);
            else if (!seen.has(include.file)) {
                seen.add(include.file);
                queue.push(include.file);
            }
        }
    };
    found.forEach(take);
    const out = [...found];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const entry = listed.get(file);
        // Read already as requirements by its name, or not a file of this scan.
        if (!entry || (0,detect_readers/* readerFor */.d2)(file) === detect_readers/* requirementsReader */.UO)
            continue;
        const text = readOne(entry);
        const read = readers.get(detect_readers/* requirementsReader */.UO);
        if (text === null || !read)
            continue;
        const evidence = safely(() => read(file, text, catalog)).map((item) => ({
            ...item,
            context: contextOf(file, item.context),
        }));
        const result = { file, evidence, lockfile: false };
        try {
            result.includes = detect_readers/* requirementsReader */.UO.includes?.(file, text);
        }
        catch {
            // an unparsable file includes nothing
        }
        take(result);
        out.push(result);
    }
    if (constraints.size === 0)
        return out;
    return out.map((result) => constraints.has(result.file)
        ? { ...result, evidence: result.evidence.filter((item) => item.kind !== 'dependency') }
        : result);
}
const dirOf = (file) => file.slice(0, Math.max(0, file.lastIndexOf('/')));
/**
 * Lockfiles that cannot tell direct from transitive (yarn 1, Pipfile.lock, poetry.lock, npm v1)
 * are completed by the manifests: a lockfile entry that a manifest in the lockfile's directory,
 * or below it (workspaces), declares is direct. Then transitive entries of packages that other
 * libraries pull in for unrelated reasons (catalog `ignoreTransitive`) are dropped.
 */
function settleDirect(results, catalog) {
    const key = (item) => (0,detect_catalog/* packageKey */.MO)(item.ecosystem, item.name);
    const declaredIn = new Map();
    for (const result of results) {
        if (result.lockfile)
            continue;
        for (const item of result.evidence) {
            if (item.kind !== 'dependency' || !item.direct || !item.ecosystem)
                continue;
            const dirs = declaredIn.get(key(item)) ?? [];
            dirs.push(dirOf(item.file));
            declaredIn.set(key(item), dirs);
        }
    }
    const out = [];
    for (const result of results) {
        for (const item of result.evidence) {
            let settled = item;
            if (result.lockfile && item.kind === 'dependency' && !item.direct && item.ecosystem) {
                const dir = dirOf(item.file);
                const dirs = declaredIn.get(key(item)) ?? [];
                if (dirs.some((d) => d === dir || dir === '' || d.startsWith(`${dir}/`))) {
                    settled = { ...item, direct: true };
                }
            }
            if (settled.kind === 'dependency' &&
                !settled.direct &&
                settled.ecosystem &&
                catalog.ignoresTransitive(settled.ecosystem, settled.name)) {
                continue;
            }
            out.push(settled);
        }
    }
    return out;
}
/**
 * Sorted like the findings (file, line, column, vendor, kind, name); one item per key, direct if
 * any copy is, at the strongest context any copy has.
 */
function normalizeEvidence(evidence) {
    const byKey = new Map();
    for (const item of evidence) {
        const key = [item.file, item.line, item.column ?? 0, item.vendor, item.kind, item.name].join('\0');
        const seen = byKey.get(key);
        if (!seen)
            byKey.set(key, { ...item });
        else {
            seen.direct ||= item.direct;
            if (item.context === 'runtime')
                seen.context = 'runtime';
        }
    }
    return [...byKey.values()].sort(detect_evidence/* compareEvidence */.NU);
}
const byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.reason < b.reason ? -1 : 1;
async function scan(root, options = {}) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    // The listing starts first (unless the caller started it earlier): git runs while the
    // matchers are built.
    const pending = options.listing ?? startListing(root, options.exclude);
    try {
        const extended = options.extensions && Object.keys(options.extensions).length > 0;
        const catalog = extended ? (0,detect_catalog/* buildCatalog */.oY)(options.extensions) : (0,detect_catalog/* defaultCatalog */.Dd)();
        const matchers = extended
            ? { text: buildTextMatcher(catalog), imports: buildImportMatcher(catalog) }
            : (defaultMatchers ??= {
                text: buildTextMatcher(catalog),
                imports: buildImportMatcher(catalog),
            });
        const ignored = new Set((options.ignore ?? []).map((file) => file
            .split('\\')
            .join('/')
            .replace(/^(\.\/)+/, '')));
        const listing = await pending.listed;
        const found = [];
        const skipped = [];
        const skip = (file, reason) => skipped.push({ file, reason });
        let filesRead = 0;
        if (listing.excludedAll)
            skip('.', 'excluded-all');
        const files = listing.files.filter((entry) => !ignored.has(entry.file));
        // The parsers load while the reading thread reads the first files.
        let readers = new Map();
        const ready = (0,detect_readers/* loadReaders */.P)(files.map((entry) => entry.file)).then((loaded) => {
            readers = loaded;
        });
        const visit = (entry, read) => {
            const result = scanRead(entry, read, catalog, matchers, readers);
            if (result === null)
                return;
            if ('skipped' in result) {
                skip(entry.file, result.skipped);
                return;
            }
            filesRead++;
            if (result.evidence.length > 0 ||
                result.lockfile ||
                result.includes?.length ||
                result.notImports) {
                found.push(result);
            }
        };
        await readEach(realRoot, root, files, MAX_FILE_BYTES, visit, {
            ahead: pending.ahead(),
            ready,
        });
        const readOne = (entry) => {
            const read = readInside(realRoot, root, entry, MAX_FILE_BYTES);
            return read === null || 'skipped' in read ? null : decodeText(read.bytes);
        };
        const byName = new Map(files.map((entry) => [entry.file, entry]));
        const all = found.some((result) => result.includes?.length)
            ? followIncludes(found, byName, readOne, catalog, readers)
            : found;
        return settle(all, skipped, catalog, listing.listing, filesRead);
    }
    finally {
        pending.stop();
    }
}
/**
 * A repository that takes only the Azure clients from the OpenAI SDK (`from openai import
 * AzureOpenAI`), and has no other trace of OpenAI itself (no other import, host, key name or
 * action), sends its data to Azure OpenAI: its declaration of the SDK is Azure OpenAI's too.
 */
function azureThroughOpenAiSdk(evidence, catalog) {
    if (evidence.some((item) => item.vendor === 'openai' && item.kind !== 'dependency')) {
        return evidence;
    }
    const viaSdk = evidence.some((item) => item.vendor === 'azure-openai' &&
        item.kind === 'import' &&
        catalog.isAzureClientsModule(item.name));
    if (!viaSdk)
        return evidence;
    return evidence.map((item) => {
        const sdk = item.vendor === 'openai' &&
            item.kind === 'dependency' &&
            item.ecosystem !== undefined &&
            catalog.shipsAzureClients(item.ecosystem, item.name);
        return sdk ? { ...item, vendor: 'azure-openai' } : item;
    });
}
/**
 * A package the code imports only through modules that are not its vendor's (the catalog's
 * `notImports`: `from langchain_aws.graphs import NeptuneGraph` is Amazon Neptune), in a
 * repository with no other trace of that vendor (no import, host, key name or action, in any
 * file), is declared for those modules: its declarations are no evidence of the vendor. One
 * import of the vendor's own modules (`from langchain_aws import ChatBedrock`) keeps them all.
 */
function takenForOtherModules(evidence, heard) {
    if (heard.length === 0)
        return evidence;
    const explained = new Set(heard.map((n) => (0,detect_catalog/* packageKey */.MO)(n.package.ecosystem, n.package.name)));
    const isExplained = (item) => item.kind === 'dependency' &&
        item.ecosystem !== undefined &&
        explained.has((0,detect_catalog/* packageKey */.MO)(item.ecosystem, item.name));
    const otherTrace = new Set(evidence.filter((item) => !isExplained(item)).map((i) => i.vendor));
    return evidence.filter((item) => otherTrace.has(item.vendor) || !isExplained(item));
}
function settle(found, skipped, catalog, listing, filesRead) {
    const skippedByReason = {};
    for (const { reason } of skipped)
        skippedByReason[reason] = (skippedByReason[reason] ?? 0) + 1;
    return {
        evidence: normalizeEvidence(takenForOtherModules(azureThroughOpenAiSdk(settleDirect(found, catalog), catalog), found.flatMap((result) => result.notImports ?? []))),
        skipped: skipped.sort(byFile).slice(0, SKIPPED_LISTED),
        summary: {
            listing,
            filesRead,
            skippedCount: skipped.length,
            skippedByReason,
        },
    };
}
/** One file read: told binary or not, kept from the gate's own outputs, and matched. */
function scanRead(entry, read, catalog, matchers, readers) {
    if (read === null || 'skipped' in read)
        return read;
    const text = decodeText(read.bytes);
    if (text === null)
        return { skipped: 'binary' };
    // A report, record or history of an earlier run is not evidence, but it is said: a file
    // dressed as gate output must not hide in silence.
    if (isGateOutput(entry.file, text))
        return { skipped: 'gate-output' };
    return scanText(entry.file, text, catalog, matchers, readers);
}


/***/ }),

/***/ 2151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   Rs: () => (/* binding */ nameOnLine),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
// Line and column of any offset in a text: parsers give offsets (or nothing), evidence needs the
// 1-based line and the column span of the name it matched.
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Offsets to lines and columns; built once per text in one linear pass. */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
            this.starts.push(i + 1);
        }
    }
    get count() {
        return this.starts.length;
    }
    /** 1-based line of an offset. */
    lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Offset where a 1-based line starts (the text's end past the last line). */
    lineStart(line) {
        return this.starts[line - 1] ?? this.text.length;
    }
    /** A 1-based line's text without its line break. */
    lineText(line) {
        const start = this.lineStart(line);
        const next = this.starts[line];
        const end = next === undefined ? this.text.length : next - 1;
        const body = this.text.slice(start, end);
        return body.endsWith('\r') ? body.slice(0, -1) : body;
    }
    /** The span of `length` characters starting at `offset`. */
    span(offset, length) {
        const line = this.lineAt(offset);
        const column = offset - this.lineStart(line) + 1;
        return { line, column, endColumn: column + length };
    }
}
/** The span of the first of `names` written on a line (case-insensitively), else the line alone. */
function nameOnLine(lineText, line, names) {
    const lower = lineText.toLowerCase();
    for (const name of names) {
        if (!name)
            continue;
        const at = findToken(lower, name.toLowerCase());
        if (at !== -1)
            return { line, column: at + 1, endColumn: at + 1 + name.length };
    }
    return { line };
}
const NAME_CHAR = /[A-Za-z0-9_.@/-]/;
/** First occurrence of `needle` not glued to other name characters on either side. */
function findToken(haystack, needle) {
    let fallback = -1;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        const before = haystack[at - 1] ?? ' ';
        const after = haystack[at + needle.length] ?? ' ';
        if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after))
            return at;
        // `node_modules/openai`: the name ends a path
        if (fallback === -1 && before === '/' && !NAME_CHAR.test(after))
            fallback = at;
    }
    return fallback;
}


/***/ }),

/***/ 2589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kr: () => (/* binding */ isWorkflowFile),
  P: () => (/* binding */ loadReaders),
  d2: () => (/* binding */ readerFor),
  UO: () => (/* binding */ requirementsReader),
  RH: () => (/* binding */ workflowReader)
});

// EXTERNAL MODULE: ./src/detect/positions/lines.ts
var positions_lines = __webpack_require__(2151);
// EXTERNAL MODULE: ./src/detect/readers/shared/evidence.ts
var evidence = __webpack_require__(8043);
;// CONCATENATED MODULE: ./src/detect/readers/shared/ruby.ts
// Shared by the Ruby readers: which Bundler groups hold development tools, not the program.
const DEVELOPMENT_GROUPS = new Set([
    'development',
    'test',
    'dev',
    'ci',
    'lint',
    'rubocop',
    'benchmark',
]);
function isDevelopmentGroup(name) {
    return DEVELOPMENT_GROUPS.has(name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/detect/readers/gemfile.ts



// Matched against lines with their indentation removed: a leading `\s*` before `.*` would
// make one long line cost time quadratic in its length.
const GEM = /^gem\s*\(?\s*(["'])([A-Za-z0-9_.-]+)\1(.*)$/;
const GROUP_BLOCK = /^group\s*\(?\s*(.*?)\)?\s+do\s*(?:\|[^|]*\|\s*)?(?:#.*)?$/;
const STATEMENT_BLOCK = /^(?:if|unless|case|begin|while|until)\b/;
const DO_BLOCK = /\bdo\s*(?:\|[^|]*\|\s*)?(?:#.*)?$/;
const END = /^end\b/;
const INLINE_GROUPS = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|:\w+|["'][^"']*["'])/;
/** Group names in `:development, :test` or `[:development, "test"]`. */
function groupNames(list) {
    return [...list.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2] ?? '');
}
function allDevelopment(list) {
    const names = groupNames(list);
    return names.length > 0 && names.every(isDevelopmentGroup);
}
function readGemfile(file, text, catalog) {
    const out = [];
    const lines = new positions_lines/* LineIndex */.rr(text);
    /** One frame per open `do`/`if` block: true when it is a development group. */
    const blocks = [];
    let inDevelopment = 0;
    for (let number = 1; number <= lines.count; number++) {
        const line = lines.lineText(number);
        const code = line.trimStart();
        const gem = GEM.exec(code);
        if (gem) {
            const options = INLINE_GROUPS.exec(gem[3]);
            const test = inDevelopment > 0 || (options !== null && allDevelopment(options[1]));
            const span = (0,positions_lines/* nameOnLine */.Rs)(line, number, [gem[2]]);
            out.push(...(0,evidence/* dependencyEvidence */.h)(catalog, 'rubygems', gem[2], { file, span, direct: true, test }));
            continue;
        }
        const group = GROUP_BLOCK.exec(code);
        if (group) {
            const development = allDevelopment(group[1]);
            blocks.push(development);
            if (development)
                inDevelopment++;
            continue;
        }
        if (END.test(code)) {
            if (blocks.pop() === true)
                inDevelopment--;
            continue;
        }
        if (STATEMENT_BLOCK.test(code) || DO_BLOCK.test(code))
            blocks.push(false);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/readers/gemfile-lock.ts


function readGemfileLock(file, text, catalog) {
    const specs = [];
    const direct = new Set();
    let section = '';
    let inSpecs = false;
    const lines = new positions_lines/* LineIndex */.rr(text);
    for (let number = 1; number <= lines.count; number++) {
        const line = lines.lineText(number);
        if (/^[A-Z]/.test(line)) {
            section = line.trim();
            inSpecs = false;
            continue;
        }
        if (/^ {2}specs:\s*$/.test(line)) {
            inSpecs = true;
            continue;
        }
        if (section === 'DEPENDENCIES') {
            const dep = /^ {2}([A-Za-z0-9_.-]+)/.exec(line);
            if (dep)
                direct.add(dep[1]);
            continue;
        }
        if (!inSpecs)
            continue;
        const spec = /^ {4}([A-Za-z0-9_.-]+)(?: \(|\s*$)/.exec(line);
        if (spec) {
            specs.push({
                name: spec[1],
                span: { line: number, column: 5, endColumn: 5 + spec[1].length },
            });
            continue;
        }
        const requirement = /^ {6}([A-Za-z0-9_.-]+)/.exec(line);
        if (requirement && section === 'PATH')
            direct.add(requirement[1]);
    }
    return specs.flatMap((s) => (0,evidence/* dependencyEvidence */.h)(catalog, 'rubygems', s.name, {
        file,
        span: s.span,
        direct: direct.has(s.name),
    }));
}

;// CONCATENATED MODULE: ./src/detect/readers/gemspec.ts


const DEPENDENCY = /^\s*\w+\.add_(runtime_|development_)?dependency\s*\(?\s*(?:(["'])([A-Za-z0-9_.-]+)\2|%q[<({[]([A-Za-z0-9_.-]+)[>)}\]])/;
function readGemspec(file, text, catalog) {
    const out = [];
    const lines = new positions_lines/* LineIndex */.rr(text);
    for (let number = 1; number <= lines.count; number++) {
        const line = lines.lineText(number);
        const m = DEPENDENCY.exec(line);
        const name = m?.[3] ?? m?.[4];
        if (!m || !name)
            continue;
        out.push(...(0,evidence/* dependencyEvidence */.h)(catalog, 'rubygems', name, {
            file,
            span: (0,positions_lines/* nameOnLine */.Rs)(line, number, [name]),
            direct: true,
            test: m[1] === 'development_',
        }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/readers/go-mod.ts


function readGoMod(file, text, catalog) {
    const out = [];
    let block = null;
    const lines = new positions_lines/* LineIndex */.rr(text);
    for (let number = 1; number <= lines.count; number++) {
        const line = lines.lineText(number);
        const code = line.replace(/\/\/.*$/, '').trim();
        const indirect = /\/\/\s*indirect\b/.test(line);
        if (block) {
            if (code === ')') {
                block = null;
                continue;
            }
            if (block === 'require')
                add(code, line, number, indirect);
            continue;
        }
        const open = /^(\w+)\s*\($/.exec(code);
        if (open) {
            block = open[1];
            continue;
        }
        const single = /^require\s+(.+)$/.exec(code);
        if (single)
            add(single[1], line, number, indirect);
    }
    return out;
    function add(spec, text, number, indirect) {
        const module = spec.split(/\s+/)[0]?.replace(/^"|"$/g, '');
        if (!module)
            return;
        const span = (0,positions_lines/* nameOnLine */.Rs)(text, number, [module]);
        out.push(...(0,evidence/* dependencyEvidence */.h)(catalog, 'go', module, { file, span, direct: !indirect }));
    }
}

;// CONCATENATED MODULE: ./src/detect/readers/gradle.ts


const COORDINATE = /(["'])([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::[^"'\s]*)?\1/g;
const MAP_NOTATION = /\bgroup\s*[:=]\s*(["'])([A-Za-z0-9_.-]+)\1\s*,\s*(?:name|module)\s*[:=]\s*(["'])([A-Za-z0-9_.-]+)\3/g;
/** The configuration a dependency line starts with: `testImplementation(` or `testImplementation '`. */
const CONFIGURATION = /^\s*(\w+)\s*[(\s"']/;
const TEST_CONFIGURATION = /^(?:test|\w*Test)(?:[A-Z]\w*)?$/;
function readGradle(file, text, catalog) {
    const out = [];
    const lines = new positions_lines/* LineIndex */.rr(text);
    for (let number = 1; number <= lines.count; number++) {
        // blank comments with spaces so that columns stay those of the file
        const line = lines
            .lineText(number)
            .replace(/\/\/.*$/, (c) => ' '.repeat(c.length))
            .replace(/(^|\s)#.*$/, (c) => ' '.repeat(c.length));
        const configuration = CONFIGURATION.exec(line)?.[1] ?? '';
        const test = TEST_CONFIGURATION.test(configuration);
        for (const re of [COORDINATE, MAP_NOTATION]) {
            re.lastIndex = 0;
            for (let m = re.exec(line); m; m = re.exec(line)) {
                const coordinate = re === COORDINATE;
                const artifact = coordinate ? m[3] : m[4];
                const name = `${m[2]}:${artifact}`;
                // span the whole `group:artifact`, or the artifact of map notation
                const start = coordinate ? m.index + 1 : m.index + m[0].lastIndexOf(artifact);
                const length = coordinate ? name.length : artifact.length;
                const span = { line: number, column: start + 1, endColumn: start + 1 + length };
                out.push(...(0,evidence/* dependencyEvidence */.h)(catalog, 'maven', name, { file, span, direct: true, test }));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/readers/pnpm-lock.ts


const DEP_MAPS = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);
function unquote(text) {
    const t = text.trim();
    if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0]) {
        return t[0] === "'" ? t.slice(1, -1).replace(/''/g, "'") : t.slice(1, -1);
    }
    return t;
}
/** `  key: value` / `  'quoted key':` / `  /@scope/x@1(peer@2):` → its parts; else undefined. */
function keyLine(line, number) {
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    if (!body || body.startsWith('#') || body.startsWith('- '))
        return undefined;
    let key;
    let rest;
    let column = indent + 1;
    if (body[0] === "'" || body[0] === '"') {
        const close = body.indexOf(body[0], 1);
        if (close === -1 || body[close + 1] !== ':')
            return undefined;
        key = body.slice(1, close);
        rest = body.slice(close + 2);
        column++;
    }
    else {
        const colon = body.search(/:(\s|$)/);
        if (colon <= 0)
            return undefined;
        key = body.slice(0, colon);
        rest = body.slice(colon + 1);
    }
    const value = unquote(rest.replace(/\s+#.*$/, ''));
    return { indent, key, value, span: { line: number, column, endColumn: column + key.length } };
}
/** `/@scope/name@1.0.0(peer@2)`, `name@1.0.0`, v5 `/name/1.0.0_peer@2` → the package name. */
function pnpmPackageName(key) {
    const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
    const start = bare.startsWith('@') ? bare.indexOf('/') + 1 : 0;
    const end = bare.slice(start).search(/[@/]/);
    return end === -1 ? bare : bare.slice(0, start + end);
}
function readPnpmLock(file, text, catalog) {
    const lines = new positions_lines/* LineIndex */.rr(text);
    let first = 1;
    while (first <= lines.count && /^\s*(#.*)?$/.test(lines.lineText(first)))
        first++;
    if (!/^lockfileVersion:\s*\S/.test(lines.lineText(first)))
        return [];
    const declared = [];
    const sections = new Map([
        ['packages', []],
        ['snapshots', []],
    ]);
    /** Keys of the open mappings, outermost first, with their indents. */
    const stack = [];
    for (let number = first; number <= lines.count; number++) {
        const entry = keyLine(lines.lineText(number), number);
        if (!entry)
            continue;
        while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= entry.indent)
            stack.pop();
        stack.push(entry);
        const path = stack.map((k) => k.key);
        const top = path[0];
        // a dependency of an importer (`importers.<dir>.<map>.<name>`) or of the v5/v6 root
        const depth = top === 'importers' ? 4 : 2;
        const mapName = path[depth - 2] ?? '';
        if (path.length === depth &&
            DEP_MAPS.has(mapName) &&
            (top === 'importers' || DEP_MAPS.has(top ?? ''))) {
            declared.push({
                name: entry.key,
                span: entry.span,
                version: entry.value, // v5 writes the version inline; later versions in a child
                test: mapName === 'devDependencies',
            });
            continue;
        }
        if (path.length === depth + 1 && entry.key === 'version' && DEP_MAPS.has(mapName)) {
            const last = declared[declared.length - 1];
            if (last && last.span.line === stack[depth - 1]?.span.line)
                last.version = entry.value;
            continue;
        }
        const installed = top ? sections.get(top) : undefined;
        if (!installed)
            continue;
        if (path.length === 2)
            installed.push({ key: entry.key, span: entry.span, dev: false });
        else if (path.length === 3) {
            const current = installed[installed.length - 1];
            if (!current)
                continue;
            if (entry.key === 'name' && entry.value)
                current.name = entry.value;
            if (entry.key === 'dev' && entry.value === 'true')
                current.dev = true;
        }
    }
    const out = [];
    const direct = new Set();
    for (const dep of declared) {
        if (dep.version.startsWith('link:') || dep.version.startsWith('workspace:'))
            continue;
        direct.add(dep.name);
        out.push(...(0,evidence/* dependencyEvidence */.h)(catalog, 'npm', dep.name, {
            file,
            span: dep.span,
            direct: true,
            test: dep.test,
        }));
    }
    const packages = sections.get('packages') ?? [];
    const entries = packages.length > 0 ? packages : (sections.get('snapshots') ?? []);
    for (const entry of entries) {
        const name = entry.name ?? pnpmPackageName(entry.key);
        if (direct.has(name))
            continue;
        // the name inside the key: `/@scope/name@1.0.0(…)` → `@scope/name`
        const at = entry.key.indexOf(name);
        const column = at === -1 || entry.span.column === undefined ? undefined : entry.span.column + at;
        const span = column === undefined
            ? { line: entry.span.line }
            : { line: entry.span.line, column, endColumn: column + name.length };
        out.push(...(0,evidence/* dependencyEvidence */.h)(catalog, 'npm', name, { file, span, direct: false, test: entry.dev }));
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/detect/readers/shared/python.ts
var python = __webpack_require__(9704);
;// CONCATENATED MODULE: ./src/detect/readers/requirements.ts
// requirements*.txt (and *.in), read as pip reads them: a line ending in `\` continues on the
// next (joined without a space, so `langchain-\` + `openai` is `langchain-openai`), then
// comments are removed. Each requirement is direct, except in pip-compile / uv output whose
// `# via` annotation names only other packages, or only a constraints file (`-c`): those are
// transitive. `-r file` and `-c file` lines are not requirements: `includedFiles` lists them so
// that the scan reads a `-r` file inside the root (as requirements) and never reads a `-c` file
// as declarations. Files for development (`requirements-dev.txt`, `requirements/test.in`,
// `test-requirements.txt`) are context `test`.


/** Physical lines joined at trailing backslashes, as pip's `join_lines` does. */
function logicalLines(text) {
    const out = [];
    const physical = text.split('\n');
    let parts = [];
    let start = 0;
    let firstLength = 0;
    for (let index = 0; index < physical.length; index++) {
        const raw = physical[index].replace(/\r$/, '');
        const comment = /^\s*#/.test(raw);
        if (raw.endsWith('\\') && !comment) {
            if (parts.length === 0) {
                start = index;
                firstLength = raw.length - 1;
            }
            parts.push(raw.slice(0, -1));
            continue;
        }
        if (parts.length > 0) {
            parts.push(comment ? ` ${raw}` : raw);
            out.push({ text: parts.join(''), line: start + 1, firstLength });
            parts = [];
        }
        else
            out.push({ text: raw, line: index + 1, firstLength: raw.length });
    }
    if (parts.length > 0)
        out.push({ text: parts.join(''), line: start + 1, firstLength });
    return out;
}
/** pip's comment rule: `#` at the start or after whitespace starts a comment. */
function withoutComment(line) {
    return line.replace(/(^|\s)#.*$/, '');
}
function readRequirements(file, text, catalog) {
    const requirements = [];
    let current;
    let inVia = false;
    for (const logical of logicalLines(text)) {
        const comment = /^\s*#\s?(.*)$/.exec(logical.text);
        if (comment) {
            const body = comment[1].trim();
            if (current && /^via\b/.test(body)) {
                const rest = body.slice(3).trim();
                if (rest)
                    current.via.push(rest);
                inVia = true;
            }
            else if (current && inVia && body)
                current.via.push(body);
            continue;
        }
        inVia = false;
        const code = withoutComment(logical.text);
        if (!code.trim()) {
            current = undefined;
            continue;
        }
        let spec = code;
        let offset = 0;
        if (/^\s*-/.test(code)) {
            // options (`-r`, `-c`, `--index-url`, `-e path`) declare nothing, except an editable
            // requirement that names its package
            const editable = /^\s*(?:-e|--editable)[\s=]+\S*#egg=([A-Za-z0-9._-]+)/.exec(code);
            if (!editable) {
                current = undefined;
                continue;
            }
            spec = editable[1];
            offset = code.indexOf(`#egg=${editable[1]}`) + 5;
        }
        const parsed = (0,python/* requirementName */.xV)(spec);
        if (!parsed) {
            current = undefined;
            continue;
        }
        const column = offset + parsed.at + 1;
        const end = Math.min(column + parsed.name.length, logical.firstLength + 1);
        current = {
            name: parsed.name,
            extras: parsed.extras,
            span: { line: logical.line, column, endColumn: Math.max(end, column + 1) },
            via: [],
        };
        requirements.push(current);
    }
    const test = isDevelopmentFile(file);
    return requirements.flatMap((r) => (0,python/* pypiEvidence */.aE)(catalog, r.name, r.extras, {
        file,
        span: r.span,
        direct: isDirect(r.via),
        test,
    }));
}
/**
 * A pip-compile / uv annotation: direct when it names a requirements input (`-r x.in`) or a
 * project file (`my-app (pyproject.toml)`); a constraints file (`-c x.txt`) only pins a version
 * of something another package needs.
 */
function isDirect(via) {
    if (via.length === 0)
        return true;
    return via.some((v) => /^-r\b/.test(v) ||
        (!/^-c\b/.test(v) && (v.includes('(') || /\.(in|txt|toml|cfg|py)$/.test(v))));
}
/** `requirements-dev.txt`, `requirements/test.in`, `test-requirements.txt`, `requirements.lint.txt`. */
function isDevelopmentFile(file) {
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.(txt|in)$/i, '');
    return base
        .split(/[-_.]+/)
        .some((part) => part.toLowerCase() !== 'requirements' && (0,python/* isDevGroup */.P_)(part));
}
/**
 * The files a requirements file includes with `-r`/`--requirement` and `-c`/`--constraint`,
 * resolved against its directory. URLs, absolute paths and paths leaving the root are left out.
 */
function includedFiles(file, text) {
    const out = [];
    const dir = external_node_path_default().posix.dirname(file);
    for (const logical of logicalLines(text)) {
        const code = withoutComment(logical.text).trim();
        const m = /^(?:-([rc])\s*=?\s*|--(requirement|constraint)(?:\s*=\s*|\s+))(\S+)/.exec(code);
        if (!m)
            continue;
        const target = m[3];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || target.includes('\\')) {
            continue;
        }
        const resolved = external_node_path_default().posix.normalize(external_node_path_default().posix.join(dir, target));
        if (resolved === '..' || resolved.startsWith('../') || resolved.startsWith('/'))
            continue;
        out.push({ file: resolved, constraints: m[1] === 'c' || m[2] === 'constraint' });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detect/readers/index.ts







/** A reader already in the bundle's first chunk: line-based, no parser of its own. */
const ready = (read) => () => Promise.resolve(read);
/** A reader imported on first use, once. */
function lazy(load) {
    let once;
    return () => (once ??= load());
}
const REQUIREMENTS = {
    load: ready(readRequirements),
    lockfile: false,
    includes: includedFiles,
};
/** A pip constraints file pins versions of what something else requires: not a declaration. */
const CONSTRAINTS = { load: null, lockfile: true };
const packageJson = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(335)]).then(__webpack_require__.bind(__webpack_require__, 7335)).then((m) => m.readPackageJson));
const packageLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 8602)).then((m) => m.readPackageLock));
const yarnLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(842), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 3266)).then((m) => m.readYarnLock));
const bunLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(581)]).then(__webpack_require__.bind(__webpack_require__, 3581)).then((m) => m.readBunLock));
const pyproject = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(282)]).then(__webpack_require__.bind(__webpack_require__, 282)).then((m) => m.readPyproject));
const poetryLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 1863)).then((m) => m.readPoetryLock));
const uvLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(565)]).then(__webpack_require__.bind(__webpack_require__, 2565)).then((m) => m.readUvLock));
const pipfile = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(103)]).then(__webpack_require__.bind(__webpack_require__, 6103)).then((m) => m.readPipfile));
const pipfileLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 4639)).then((m) => m.readPipfileLock));
const pom = lazy(() => Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(822)]).then(__webpack_require__.bind(__webpack_require__, 2822)).then((m) => m.readPom));
const nuget = lazy(() => Promise.all(/* import() */[__webpack_require__.e(415), __webpack_require__.e(723)]).then(__webpack_require__.bind(__webpack_require__, 8723)).then((m) => m.readNuget));
const nugetLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(987)]).then(__webpack_require__.bind(__webpack_require__, 6987)).then((m) => m.readNugetLock));
const cargoToml = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(981)]).then(__webpack_require__.bind(__webpack_require__, 2981)).then((m) => m.readCargoToml));
const cargoLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(292), __webpack_require__.e(610)]).then(__webpack_require__.bind(__webpack_require__, 610)).then((m) => m.readCargoLock));
const composerJson = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 524)).then((m) => m.readComposerJson));
const composerLock = lazy(() => Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 524)).then((m) => m.readComposerLock));
const workflow = lazy(() => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 7669)).then((m) => m.readWorkflow));
const BY_NAME = {
    'package.json': { load: packageJson, lockfile: false },
    'package-lock.json': { load: packageLock, lockfile: true },
    'npm-shrinkwrap.json': { load: packageLock, lockfile: true },
    'pnpm-lock.yaml': { load: ready(readPnpmLock), lockfile: true },
    'yarn.lock': { load: yarnLock, lockfile: true },
    'bun.lock': { load: bunLock, lockfile: true },
    'pyproject.toml': { load: pyproject, lockfile: false },
    'poetry.lock': { load: poetryLock, lockfile: true },
    'uv.lock': { load: uvLock, lockfile: true },
    Pipfile: { load: pipfile, lockfile: false },
    'Pipfile.lock': { load: pipfileLock, lockfile: true },
    'go.mod': { load: ready(readGoMod), lockfile: false },
    'pom.xml': { load: pom, lockfile: false },
    'build.gradle': { load: ready(readGradle), lockfile: false },
    'build.gradle.kts': { load: ready(readGradle), lockfile: false },
    'packages.config': { load: nuget, lockfile: false },
    'packages.lock.json': { load: nugetLock, lockfile: true },
    Gemfile: { load: ready(readGemfile), lockfile: false },
    'gems.rb': { load: ready(readGemfile), lockfile: false },
    'Gemfile.lock': { load: ready(readGemfileLock), lockfile: true },
    'gems.locked': { load: ready(readGemfileLock), lockfile: true },
    'Cargo.toml': { load: cargoToml, lockfile: false },
    'Cargo.lock': { load: cargoLock, lockfile: true },
    'composer.json': { load: composerJson, lockfile: false },
    'composer.lock': { load: composerLock, lockfile: true },
    // Lockfiles without a reader: not source, so not text either.
    'go.sum': { load: null, lockfile: true },
    'bun.lockb': { load: null, lockfile: true },
    'deno.lock': { load: null, lockfile: true },
    'Podfile.lock': { load: null, lockfile: true },
    'pubspec.lock': { load: null, lockfile: true },
    'mix.lock': { load: null, lockfile: true },
    'flake.lock': { load: null, lockfile: true },
};
/** The requirements reader, for files a requirements file includes with `-r`. */
const requirementsReader = REQUIREMENTS;
const DOTNET_PROJECT = { load: nuget, lockfile: false };
const GEMSPEC = { load: ready(readGemspec), lockfile: false };
const VERSION_CATALOG = { load: ready(readGradle), lockfile: false };
/**
 * A workflow or an action, read by the workflow reader (on the YAML library) as well as by
 * `readerFor`'s reader, if any, and the text matcher.
 */
function isWorkflowFile(file) {
    return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file) || /(?:^|\/)action\.ya?ml$/.test(file);
}
/** The workflow reader's entry in `loadReaders`' map. */
const workflowReader = { load: workflow, lockfile: false };
/** The extensions of the files `readerFor` recognizes by a pattern rather than a name. */
const PATTERNED_EXTENSIONS = new Set([
    'txt',
    'in',
    'csproj',
    'fsproj',
    'vbproj',
    'gemspec',
    'toml',
]);
function readerFor(file) {
    const slash = file.lastIndexOf('/');
    const base = file.slice(slash + 1);
    const known = Object.hasOwn(BY_NAME, base) ? BY_NAME[base] : undefined;
    if (known)
        return known;
    // Every other reader goes by extension: most files have none of these, and are done here.
    const dot = base.lastIndexOf('.');
    if (dot === -1 || !PATTERNED_EXTENSIONS.has(base.slice(dot + 1).toLowerCase()))
        return undefined;
    if (/^(?:[\w.-]*[-_.])?constraints(?:[-_.][\w.-]*)?\.(txt|in)$/i.test(base))
        return CONSTRAINTS;
    if (/^(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(txt|in)$/i.test(base) ||
        /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(file)) {
        return REQUIREMENTS;
    }
    if (/\.(cs|fs|vb)proj$/i.test(base))
        return DOTNET_PROJECT;
    if (/\.gemspec$/.test(base))
        return GEMSPEC;
    if (/\.versions\.toml$/.test(base))
        return VERSION_CATALOG;
    return undefined;
}
/** The reader of each listed file that has one, every parser they need imported first. */
async function loadReaders(files) {
    const entries = new Set([REQUIREMENTS]);
    for (const file of files) {
        const entry = readerFor(file);
        if (entry?.load)
            entries.add(entry);
        if (isWorkflowFile(file))
            entries.add(workflowReader);
    }
    const loaded = new Map();
    await Promise.all([...entries].map(async (entry) => {
        if (entry.load)
            loaded.set(entry, await entry.load());
    }));
    return loaded;
}


/***/ }),

/***/ 8043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ dependencyEvidence)
/* harmony export */ });
function dependencyEvidence(catalog, ecosystem, name, at) {
    const context = at.test === true ? 'test' : 'runtime';
    return catalog.packageVendors(ecosystem, name).map((vendor) => {
        const item = {
            vendor,
            kind: 'dependency',
            ecosystem,
            name,
            file: at.file,
            line: at.span.line,
            direct: at.direct,
            context,
        };
        if (at.span.column !== undefined && at.span.endColumn !== undefined) {
            item.column = at.span.column;
            item.endColumn = at.span.endColumn;
        }
        return item;
    });
}


/***/ }),

/***/ 9704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ isDevGroup),
/* harmony export */   aE: () => (/* binding */ pypiEvidence),
/* harmony export */   xV: () => (/* binding */ requirementName)
/* harmony export */ });
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8043);

/** Name and extras of a PEP 508 requirement (`anthropic[bedrock]>=0.30; python_version>"3.8"`). */
function requirementName(spec) {
    const match = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?/.exec(spec);
    if (!match)
        return undefined;
    const extras = (match[3] ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
    return { name: match[2], extras, at: match[1].length };
}
/**
 * Dependency groups that hold tools for development, not what the program runs with (Poetry
 * groups, PEP 735 `dependency-groups`, Pipfile `dev-packages`).
 */
const DEV_GROUP = /^(dev|devel|develop|development|test|tests|testing|lint|linting|typing|types|mypy|docs?|ci|qa|check|format|style|bench|benchmarks?)([-_].*)?$/i;
function isDevGroup(name) {
    return DEV_GROUP.test(name);
}
/**
 * Evidence for a Python package. An extra that the catalog names (`anthropic[bedrock]`) routes
 * the package to that extra's vendor instead of the base package's.
 */
function pypiEvidence(catalog, name, extras, at) {
    const routed = extras.flatMap((extra) => (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .dependencyEvidence */ .h)(catalog, 'pypi', `${name}[${extra}]`, at).map((e) => ({ ...e, name })));
    return routed.length > 0 ? routed : (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .dependencyEvidence */ .h)(catalog, 'pypi', name, at);
}


/***/ }),

/***/ 978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   t: () => (/* binding */ literalBase)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, expandBraces */
// Glob matching in bounded work, whatever the pattern: the manifest's `paths` and the
// `scan-exclude` input are written by whoever owns the pull request, and a regular expression
// built from `src/*a*a*a*a*a*a*b` backtracks for hours on one long committed file name.
// Here a pattern is split into `/` segments; `**` is a wildcard over whole segments and `*`, `?`
// and `[…]` over the characters of one. Both levels use the classic wildcard match that only ever
// backtracks to the last star, so a test costs at most (path length × pattern length) steps.
// Braces `{a,b}` expand into alternatives (a bounded number); a leading `!` negates.
/** Longest pattern read; a longer one matches nothing (failing closed for the caller). */
const MAX_GLOB_LENGTH = 1024;
const MAX_ALTERNATIVES = 64;
function parseClass(glob, start) {
    let at = start + 1;
    let negated = false;
    if (glob[at] === '!' || glob[at] === '^') {
        negated = true;
        at++;
    }
    const ranges = [];
    let first = true;
    while (at < glob.length && (glob[at] !== ']' || first)) {
        first = false;
        let low = glob[at];
        if (low === '\\' && at + 1 < glob.length)
            low = glob[++at];
        let high = low;
        if (glob[at + 1] === '-' && at + 2 < glob.length && glob[at + 2] !== ']') {
            high = glob[at + 2];
            if (high === '\\' && at + 3 < glob.length)
                high = glob[at + 3];
            at += high === glob[at + 2] ? 2 : 3;
        }
        ranges.push([low, high]);
        at++;
    }
    if (at >= glob.length)
        return null; // no closing `]`: the `[` is a literal
    return { token: { kind: 'class', negated, ranges }, end: at };
}
function parseSegment(text) {
    if (text === '**')
        return { kind: 'globstar' };
    const tokens = [];
    for (let at = 0; at < text.length; at++) {
        const c = text[at];
        if (c === '\\' && at + 1 < text.length)
            tokens.push({ kind: 'char', value: text[++at] });
        else if (c === '*') {
            if (tokens.at(-1)?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (c === '?')
            tokens.push({ kind: 'any' });
        else if (c === '[') {
            const parsed = parseClass(text, at);
            if (parsed) {
                tokens.push(parsed.token);
                at = parsed.end;
            }
            else
                tokens.push({ kind: 'char', value: c });
        }
        else
            tokens.push({ kind: 'char', value: c });
    }
    return { kind: 'tokens', tokens };
}
/** `{a,b}c` → `ac`, `bc`; nested braces expand too; at most MAX_ALTERNATIVES results. */
function expandBraces(glob) {
    let depth = 0;
    let open = -1;
    for (let at = 0; at < glob.length; at++) {
        const c = glob[at];
        if (c === '\\') {
            at++;
            continue;
        }
        if (c === '{') {
            if (depth === 0)
                open = at;
            depth++;
        }
        else if (c === '}' && depth > 0) {
            depth--;
            if (depth === 0) {
                const inner = glob.slice(open + 1, at);
                const parts = [];
                let level = 0;
                let from = 0;
                for (let i = 0; i < inner.length; i++) {
                    if (inner[i] === '\\')
                        i++;
                    else if (inner[i] === '{')
                        level++;
                    else if (inner[i] === '}')
                        level--;
                    else if (inner[i] === ',' && level === 0) {
                        parts.push(inner.slice(from, i));
                        from = i + 1;
                    }
                }
                parts.push(inner.slice(from));
                if (parts.length < 2)
                    continue; // `{a}` is literal, as in a shell
                const head = glob.slice(0, open);
                const tail = glob.slice(at + 1);
                const out = [];
                for (const part of parts) {
                    for (const expanded of expandBraces(`${head}${part}${tail}`)) {
                        if (out.length >= MAX_ALTERNATIVES)
                            return out;
                        out.push(expanded);
                    }
                }
                return out;
            }
        }
    }
    return [glob];
}
function tokenMatches(token, c, nocase) {
    switch (token.kind) {
        case 'any':
            return c !== '/';
        case 'char':
            return nocase ? token.value.toLowerCase() === c.toLowerCase() : token.value === c;
        case 'class': {
            const probe = nocase ? [c.toLowerCase(), c.toUpperCase()] : [c];
            const inside = token.ranges.some(([low, high]) => probe.some((p) => p >= low && p <= high));
            return c !== '/' && inside !== token.negated;
        }
        case 'star':
            return false;
    }
}
/** Wildcard match of one segment's tokens against a name: backtracks only to the last star. */
function segmentMatches(tokens, name, nocase) {
    let t = 0;
    let n = 0;
    let starT = -1;
    let starN = 0;
    while (n < name.length) {
        const token = tokens[t];
        if (token && token.kind === 'star') {
            starT = t++;
            starN = n;
        }
        else if (token && tokenMatches(token, name[n], nocase)) {
            t++;
            n++;
        }
        else if (starT !== -1) {
            t = starT + 1;
            n = ++starN;
        }
        else
            return false;
    }
    while (tokens[t]?.kind === 'star')
        t++;
    return t === tokens.length;
}
/** The same algorithm one level up: `**` is the star, a segment pattern the character test. */
function pathMatches(segments, parts, nocase) {
    let s = 0;
    let p = 0;
    let starS = -1;
    let starP = 0;
    while (p < parts.length) {
        const segment = segments[s];
        if (segment && segment.kind === 'globstar') {
            starS = s++;
            starP = p;
        }
        else if (segment && segmentMatches(segment.tokens, parts[p], nocase)) {
            s++;
            p++;
        }
        else if (starS !== -1) {
            s = starS + 1;
            p = ++starP;
        }
        else
            return false;
    }
    while (segments[s]?.kind === 'globstar')
        s++;
    return s === segments.length;
}
/** A matcher for one glob; paths are relative with `/` separators. */
function compileGlob(glob, options = {}) {
    if (glob.length > MAX_GLOB_LENGTH)
        return () => false;
    const nocase = options.nocase === true;
    let negated = false;
    let body = glob;
    while (body.startsWith('!')) {
        negated = !negated;
        body = body.slice(1);
    }
    if (body.startsWith('./'))
        body = body.slice(2);
    const alternatives = expandBraces(body).map((alternative) => alternative
        .split('/')
        .filter((part, i, all) => part !== '' || i === all.length - 1)
        .map(parseSegment));
    return (file) => {
        const parts = file.split('/');
        const hit = alternatives.some((segments) => pathMatches(segments, parts, nocase));
        return hit !== negated;
    };
}
/** The literal folder a glob starts with ('' when it starts with a pattern, negates or braces). */
function literalBase(glob) {
    if (glob.startsWith('!'))
        return '';
    const parts = glob.split('/');
    const base = [];
    for (const part of parts.slice(0, -1)) {
        if (/[*?[\]{}\\]/.test(part) || part === '')
            break;
        base.push(part);
    }
    return base.join('/');
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   ky: () => (/* binding */ checkCalendarDates),
/* harmony export */   oZ: () => (/* binding */ schemaSentences),
/* harmony export */   tf: () => (/* binding */ isCalendarDate)
/* harmony export */ });
/* unused harmony exports PATTERN_HINTS, displayPath, allowedProperties */
const KEBAB_HINT = 'a lowercase kebab-case id (letters a-z, digits and single hyphens)';
const DATE_HINT = 'a date written YYYY-MM-DD';
/** What each pattern of the schemas asks for, in words; a pattern not listed is shown as is. */
const PATTERN_HINTS = {
    '^[a-z0-9]+(-[a-z0-9]+)*$': KEBAB_HINT,
    '^[A-Za-z0-9][A-Za-z0-9._-]*$': 'letters, digits, ".", "_" and "-"',
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': DATE_HINT,
    '^\\d{4}-\\d{2}-\\d{2}$': DATE_HINT,
    '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$': 'a UTC time written YYYY-MM-DDThh:mm:ssZ',
    '^[0-9a-f]{64}$': 'a SHA-256 digest (64 lowercase hexadecimal digits)',
    '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a commit id (40 or 64 lowercase hexadecimal digits)',
    '^[0-9]+$': 'digits',
};
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}
/** `vendors[0].product`, or `the document` for the root. */
function displayPath(path) {
    if (path.length === 0)
        return 'the document';
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
const quote = (value) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `"${(text ?? String(value)).slice(0, 80)}"`;
};
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return `a ${typeof value}`;
}
function closest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return 99;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
const isSchema = (node) => node !== null && typeof node === 'object' && !Array.isArray(node);
/** `node`, or the definition its local `$ref` (`#/$defs/name`) names. */
function dereferenced(node, root) {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/'))
        return node;
    let target = root;
    for (const part of ref.slice(2).split('/'))
        target = isSchema(target) ? target[part] : undefined;
    return isSchema(target) ? target : node;
}
/**
 * The property names the schema lists for the value at `path`, found by walking the schema as
 * the validator walked the document: a listed property, else `additionalProperties`, and
 * `items` for a list. (The validators are compiled without each error's schema, which would
 * double their size: start-up time.)
 */
function allowedProperties(root, path) {
    let node = dereferenced(root, root);
    for (const segment of path) {
        const properties = node.properties;
        let next;
        if (typeof segment === 'number' && isSchema(node.items))
            next = node.items;
        else if (isSchema(properties) && Object.hasOwn(properties, String(segment))) {
            next = properties[String(segment)];
        }
        else
            next = node.additionalProperties;
        if (!isSchema(next))
            return [];
        node = dereferenced(next, root);
    }
    return isSchema(node.properties) ? Object.keys(node.properties) : [];
}
/** The sentence for one error, or null for one that another error reports. */
function describe(error, value, schema) {
    const path = pointerToPath(error.instancePath);
    const where = displayPath(path);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${where} is missing the required property "${params.missingProperty}".`;
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const known = allowedProperties(schema, path);
            const hint = closest(key, known);
            return (`Unknown property ${quote(key)} in ${where}` +
                (hint ? `: did you mean "${hint}"?` : `; allowed: ${known.join(', ')}.`));
        }
        case 'propertyNames':
            return null; // reported by the nested pattern error, which names the key
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
            return (`${where} must be one of ${allowed.join(', ')}, not ${quote(value)}` +
                (hint ? `: did you mean "${hint}"?` : '.'));
        }
        case 'const':
            return `${where} must be ${JSON.stringify(params.allowedValue)}, not ${quote(value)}.`;
        case 'type':
            return `${where} must be ${typeArticle(String(params.type))}, not ${typeName(value)}.`;
        case 'pattern': {
            const propertyName = error.propertyName;
            const subject = propertyName === undefined ? where : `The key ${quote(propertyName)} in ${where}`;
            const shown = propertyName === undefined ? value : propertyName;
            const pattern = String(params.pattern);
            const hint = Object.hasOwn(PATTERN_HINTS, pattern)
                ? PATTERN_HINTS[pattern]
                : `text matching ${pattern}`;
            return `${subject} must be ${hint}, not ${quote(shown)}.`;
        }
        case 'minLength':
            return `${where} must not be empty.`;
        case 'maxLength':
            return `${where} is longer than ${params.limit} characters.`;
        case 'maxItems':
            return `${where} has more than ${params.limit} items.`;
        case 'minimum':
        case 'maximum':
            return `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}.`;
        case 'minProperties':
            return `${where} must not be empty.`;
        case 'uniqueItems':
            return `${where} lists the same item twice (items ${params.i} and ${params.j}).`;
        case 'oneOf':
            return `${where} must have exactly one of "evidence" (met by an attestation) or "check" (a built-in rule).`;
        default:
            // The validators are compiled without messages: a keyword the schemas start using gets
            // its sentence above (test/load/schema.test.ts lists the keywords each schema uses).
            return `${where} breaks the schema's "${error.keyword}" rule.`;
    }
}
function typeArticle(type) {
    if (type === 'object')
        return 'a map';
    if (type === 'array')
        return 'a list';
    if (type === 'integer')
        return 'a whole number';
    return `a ${type}`;
}
function valueAt(root, path) {
    let node = root;
    for (const segment of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        if (!Object.prototype.hasOwnProperty.call(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
/**
 * Turn a validator's errors into problems located at their node (or at the key they name).
 * A node reached through aliases is validated once per path but reported once, at its anchor.
 * Linear in the number of errors: each is located by an O(depth) lookup. Each sentence is
 * written when first read: a document with 50,000 unknown keys lists 1,000 problems and counts
 * the rest, and describing the rest (a near-miss search per key) would be most of the work.
 */
function schemaProblems(errors, parsed, schema) {
    const problems = [];
    // What was reported at each line: an error reached again through an alias is reported once.
    // By line, not by a string made for each error: at 50,000 errors, making and hashing those
    // strings costs more than the rest of the loop.
    const seen = [];
    const paths = new Map(); // aliases repeat the same instance paths
    for (const error of errors) {
        // Errors under oneOf branches explain why each branch failed; the oneOf error says it plainly.
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        // A propertyNames error is reported by the nested pattern error, which names the key.
        if (!describes(error))
            continue;
        let path = paths.get(error.instancePath);
        if (!path) {
            path = pointerToPath(error.instancePath);
            paths.set(error.instancePath, path);
        }
        // Locate and deduplicate before describing: repeats through aliases cost one lookup each.
        const key = keyNamed(error);
        const location = key === undefined ? parsed.locate(path) : parsed.locate([...path, key], AT_KEY);
        const problem = new LazyProblem(location, error, path, parsed.value, schema);
        const atLine = seen[location.line];
        if (atLine === undefined) {
            seen[location.line] = problem;
        }
        else if (atLine instanceof LazyProblem) {
            if (atLine.repeats(problem))
                continue;
            seen[location.line] = [atLine, problem];
        }
        else if (Array.isArray(atLine)) {
            if (atLine.some((other) => other.repeats(problem)))
                continue;
            atLine.push(problem);
            // Many on one line (a flow map of unknown keys): by id, so it stays linear.
            if (atLine.length > 8)
                seen[location.line] = new Set(atLine.map((p) => p.id()));
        }
        else {
            const id = problem.id();
            if (atLine.has(id))
                continue;
            atLine.add(id);
        }
        problems.push(problem);
    }
    return problems;
}
const AT_KEY = { key: true };
/** Whether `describe` gives the error a sentence (it gives none for `propertyNames`). */
const describes = (error) => error.keyword !== 'propertyNames';
/**
 * A problem whose sentence is written when `message` is first read, then kept as an own
 * property. A class rather than an object literal with an accessor: V8 gives each such literal
 * its own hidden class, which costs more at 50,000 problems than describing them. `toJSON`
 * writes the message, so a serialized problem has it; spreading one unread would not.
 */
class LazyProblem {
    location;
    #error;
    #path;
    #root;
    #schema;
    constructor(location, error, path, root, schema) {
        this.location = location;
        this.#error = error;
        this.#path = path;
        this.#root = root;
        this.#schema = schema;
    }
    get message() {
        const message = describe(this.#error, valueAt(this.#root, this.#path), this.#schema) ?? '';
        this.message = message;
        return message;
    }
    set message(value) {
        Object.defineProperty(this, 'message', {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    /** The same error at the same node: the same location, schema path and key. */
    repeats(other) {
        const a = this.location;
        const b = other.location;
        return (this.#error.schemaPath === other.#error.schemaPath &&
            (keyNamed(this.#error) ?? '') === (keyNamed(other.#error) ?? '') &&
            a.line === b.line &&
            a.column === b.column &&
            a.endLine === b.endLine &&
            a.endColumn === b.endColumn);
    }
    /** The same as `repeats` compares, as a string (the line aside). */
    id() {
        const { column, endLine, endColumn } = this.location;
        return `${column}:${endLine}:${endColumn} ${this.#error.schemaPath} ${keyNamed(this.#error) ?? ''}`;
    }
    toJSON() {
        return { message: this.message, location: this.location };
    }
}
/** The map key an error is about (an unknown key, or a key breaking `propertyNames`). */
function keyNamed(error) {
    if (error.keyword === 'additionalProperties') {
        return String(error.params.additionalProperty);
    }
    return error.propertyName;
}
/** A validator's errors as plain sentences, for documents without positions (JSON lines). */
function schemaSentences(errors, value, schema) {
    const sentences = new Set();
    for (const error of errors) {
        if (error.schemaPath.includes('/oneOf/'))
            continue;
        const described = describe(error, valueAt(value, pointerToPath(error.instancePath)), schema);
        if (described)
            sentences.add(described);
    }
    return [...sentences];
}
const locationKey = (l) => `${l.line}:${l.column}:${l.endLine}:${l.endColumn}`;
const DATE_KEYS = new Set(['date', 'expires']);
/** The schema checks the date shape; this checks the day exists (no 2026-02-30). */
function checkCalendarDates(parsed) {
    const problems = [];
    const seen = new Set(); // a date reached through aliases is reported once
    // Depth first in document order, so a date reached through aliases is named by its first path.
    const stack = [[parsed.value, []]];
    while (stack.length > 0) {
        const [node, path] = stack.pop();
        const children = [];
        if (Array.isArray(node)) {
            node.forEach((item, index) => {
                if (item !== null && typeof item === 'object')
                    children.push([item, [...path, index]]);
            });
        }
        else if (node !== null && typeof node === 'object') {
            // Object.keys, not Object.entries: a map of 50,000 keys is a dictionary-mode object, on
            // which entries costs several times more than keys and a lookup each.
            for (const key of Object.keys(node)) {
                const item = node[key];
                if (DATE_KEYS.has(key) && typeof item === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item)) {
                    if (isCalendarDate(item))
                        continue;
                    const location = parsed.locate([...path, key]);
                    const id = locationKey(location);
                    if (seen.has(id))
                        continue;
                    seen.add(id);
                    problems.push({
                        message: `${displayPath([...path, key])} is ${quote(item)}, a day that does not exist.`,
                        location,
                    });
                }
                else if (item !== null && typeof item === 'object') {
                    children.push([item, [...path, key]]);
                }
            }
        }
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return problems.sort((a, b) => a.location.line - b.location.line);
}
function isCalendarDate(value) {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d); // not Date.UTC, which maps years 0-99 to 1900-1999
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}


/***/ })

};
;