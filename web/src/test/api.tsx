import { render } from "@testing-library/react";
import type { FormattedExecutionResult, Sink, Client as WebSocketClient } from "graphql-ws";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { Provider as UrqlProvider } from "urql";
import { createCampusClient } from "../lib/client";
import { LiveStatusProvider } from "../lib/live";
import { SessionProvider } from "../lib/session";

export type Request = { operationName: string; variables: Record<string, unknown> };
type Answer = (variables: Record<string, unknown>) => unknown;
type Handler = { operationName: string; answer: Answer };

/** How the fake API answers one operation, by its name. */
export const on = (operationName: string, answer: Answer): Handler => ({ operationName, answer });

/**
 * A fake API for component tests: answers each operation by name with a
 * fixture (in the wire format, __typename included, as graphcache needs), and
 * pushes subscription events on demand, through the app's real urql client and cache.
 */
export function fakeApi(...handlers: Handler[]) {
  const answers = new Map(handlers.map((handler) => [handler.operationName, handler.answer]));
  const requests: Request[] = [];
  const sinks = new Map<string, Array<Sink<FormattedExecutionResult>>>();
  const fetchStub: typeof fetch = async (_input, init) => {
    const body = JSON.parse(String(init?.body)) as Request;
    requests.push({ operationName: body.operationName, variables: body.variables ?? {} });
    const answer = answers.get(body.operationName);
    const payload = answer
      ? answer(body.variables ?? {})
      : { errors: [{ message: `No fixture for ${body.operationName}` }] };
    return new Response(JSON.stringify(payload), { headers: { "content-type": "application/json" } });
  };
  const webSocket: Pick<WebSocketClient, "subscribe" | "dispose"> = {
    subscribe(operation, sink) {
      const name = operation.operationName ?? "";
      const list = sinks.get(name) ?? [];
      list.push(sink as Sink<FormattedExecutionResult>);
      sinks.set(name, list);
      return () => {
        sinks.set(
          name,
          (sinks.get(name) ?? []).filter((item) => item !== (sink as unknown)),
        );
      };
    },
    dispose: async () => {},
  };
  const campus = createCampusClient({ url: "http://campus.test/graphql", fetch: fetchStub, webSocket });
  return {
    requests,
    campus,
    /** Delivers a subscription event to every subscriber of that operation. */
    push(operationName: string, data: unknown) {
      for (const sink of sinks.get(operationName) ?? []) sink.next({ data: data as Record<string, unknown> });
    },
    subscribers: (operationName: string) => sinks.get(operationName)?.length ?? 0,
    render(ui: ReactNode, { path = "/", route = "/" }: { path?: string; route?: string } = {}) {
      const router = createMemoryRouter(
        [
          { path: route, element: ui },
          { path: "*", element: <p>elsewhere</p> },
        ],
        {
          initialEntries: [path],
        },
      );
      const result = render(
        <UrqlProvider value={campus.client}>
          <LiveStatusProvider store={campus.live}>
            <SessionProvider>
              <RouterProvider router={router} />
            </SessionProvider>
          </LiveStatusProvider>
        </UrqlProvider>,
      );
      return { ...result, router };
    },
  };
}

export const money = (amountCents: number, currency = "EUR") => ({
  __typename: "Money",
  amountCents,
  currency,
});
