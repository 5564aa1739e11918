import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export async function summarize(ticket: string): Promise<string> {
  const message = await client.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 300,
    messages: [{ role: 'user', content: `Summarize this support ticket:\n\n${ticket}` }],
  });
  const first = message.content[0];
  return first.type === 'text' ? first.text : '';
}
