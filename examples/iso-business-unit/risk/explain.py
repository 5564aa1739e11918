import os

import anthropic
import vertexai
from vertexai.language_models import TextEmbeddingModel

client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
vertexai.init(project=os.environ["GCP_PROJECT"], location="us-central1")


def explain(score: float, features: dict) -> str:
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Explain a risk score of {score} given {features}"}],
    )
    return message.content[0].text


def embed(texts: list[str]):
    model = TextEmbeddingModel.from_pretrained("text-embedding-005")
    return model.get_embeddings(texts)
