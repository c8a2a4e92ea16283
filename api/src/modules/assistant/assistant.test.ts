import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

const LOGIN = `mutation ($input: LogInInput!) { logIn(input: $input) { tokens { accessToken } } }`;
const SEND = `mutation ($input: SendAssistantMessageInput!) {
  sendAssistantMessage(input: $input) {
    conversation { id messageCount contextType tokensUsed messages(first: 10) { nodes { role content modelUsed tokensUsed } } }
    reply { content }
    userErrors { code message }
  }
}`;

/** A fake OpenAI-compatible endpoint that records requests. */
async function startFakeProvider() {
  const requests: {
    auth: string | undefined;
    body: { model: string; messages: { role: string; content: string }[] };
  }[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw);
    requests.push({ auth: req.headers.authorization, body });
    res.setHeader("content-type", "application/json");
    res.end(
      JSON.stringify({
        model: "fake-1",
        choices: [{ message: { role: "assistant", content: `echo ${requests.length}` } }],
        usage: { total_tokens: 12 },
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    requests,
    close: () => new Promise((r) => server.close(r)),
  };
}

async function tokenFor(server: TestServer) {
  const user = await createUser(server.app.prisma);
  const res = await server.gql<{ logIn: { tokens: { accessToken: string } } }>(LOGIN, {
    input: { email: user.email, password: TEST_PASSWORD },
  });
  return res.data!.logIn.tokens.accessToken;
}

describe("AI assistant", () => {
  let fake: Awaited<ReturnType<typeof startFakeProvider>>;
  let server: TestServer;
  let unconfigured: TestServer;
  beforeAll(async () => {
    fake = await startFakeProvider();
    server = await startTestServer({
      ASSISTANT_API_URL: fake.url,
      ASSISTANT_API_KEY: "sk-test",
      ASSISTANT_MODEL: "fake-1",
    });
    unconfigured = await startTestServer({}, { database: server.database });
  });
  afterAll(async () => {
    await unconfigured.close();
    await server.close();
    await fake.close();
  });

  it("without a provider answers with a userError and stores nothing", async () => {
    const token = await tokenFor(unconfigured);
    const res = await unconfigured.gql(SEND, { input: { content: "Hello?" } }, { token });
    expect(res.data).toMatchObject({
      sendAssistantMessage: { reply: null, userErrors: [{ code: "UNAVAILABLE" }] },
    });
    expect(await server.app.prisma.aiMessage.count()).toBe(0);
  });

  it("sends the conversation to the provider and stores messages, counts and token usage", async () => {
    const token = await tokenFor(server);
    type Sent = {
      sendAssistantMessage: {
        conversation: {
          id: string;
          messageCount: number;
          tokensUsed: number;
          messages: { nodes: unknown[] };
        };
        reply: { content: string };
      };
    };
    const first = await server.gql<Sent>(SEND, { input: { content: "What is a closure?" } }, { token });
    expect(first.data!.sendAssistantMessage.reply.content).toBe("echo 1");
    const id = first.data!.sendAssistantMessage.conversation.id;
    const second = await server.gql<Sent>(
      SEND,
      { input: { conversationId: id, content: "And in Rust?" } },
      { token },
    );
    expect(second.data!.sendAssistantMessage.conversation).toMatchObject({
      id,
      messageCount: 4,
      tokensUsed: 24,
    });
    expect(second.data!.sendAssistantMessage.conversation.messages.nodes).toEqual([
      { role: "USER", content: "What is a closure?", modelUsed: null, tokensUsed: null },
      { role: "ASSISTANT", content: "echo 1", modelUsed: "fake-1", tokensUsed: 12 },
      { role: "USER", content: "And in Rust?", modelUsed: null, tokensUsed: null },
      { role: "ASSISTANT", content: "echo 2", modelUsed: "fake-1", tokensUsed: 12 },
    ]);
    expect(fake.requests[1]).toMatchObject({ auth: "Bearer sk-test", body: { model: "fake-1" } });
    expect(fake.requests[1]!.body.messages.map((m) => m.role)).toEqual([
      "system",
      "user",
      "assistant",
      "user",
    ]);
    // Someone else's conversation is not found.
    const other = await server.gql(
      SEND,
      { input: { conversationId: id, content: "hi" } },
      { token: await tokenFor(server) },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
