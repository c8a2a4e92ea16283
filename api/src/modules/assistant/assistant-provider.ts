// Where assistant replies come from: an OpenAI-compatible chat completions
// endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, LM Studio...). With none
// configured there is no provider, and the API says so instead of inventing replies.

export interface ChatTurn {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface AssistantReply {
  content: string;
  model: string;
  tokensUsed: number | null;
  responseTimeMs: number;
}

export interface AssistantProvider {
  reply(turns: ChatTurn[]): Promise<AssistantReply>;
}

export class AssistantUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssistantUnavailableError";
  }
}

interface CompletionResponse {
  model?: string;
  choices?: { message?: { content?: string | null } }[];
  usage?: { total_tokens?: number };
}

export function createOpenAiCompatibleProvider(options: {
  apiUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs?: number;
}): AssistantProvider {
  return {
    async reply(turns) {
      const started = performance.now();
      let response: Response;
      try {
        response = await fetch(options.apiUrl, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify({ model: options.model, messages: turns }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new AssistantUnavailableError(
          `The assistant could not be reached (${(error as Error).message}).`,
        );
      }
      if (!response.ok)
        throw new AssistantUnavailableError(`The assistant answered HTTP ${response.status}.`);
      const body = (await response.json().catch(() => ({}))) as CompletionResponse;
      const content = body.choices?.[0]?.message?.content;
      if (!content) throw new AssistantUnavailableError("The assistant sent an empty reply.");
      return {
        content,
        model: body.model ?? options.model,
        tokensUsed: body.usage?.total_tokens ?? null,
        responseTimeMs: Math.round(performance.now() - started),
      };
    },
  };
}
