import { Client, type CombinedError, cacheExchange, fetchExchange, subscriptionExchange } from "@urql/core";
import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import type { BookSlotInput, CancelBookingInput, SignUpInput } from "./gql/graphql.js";
import {
  AvailableSlotsQuery,
  BookingUpdatedSubscription,
  BookSlotMutation,
  CancelBookingMutation,
  CoursesQuery,
  MyBookingsQuery,
  SignUpMutation,
  SlotAvailabilitySubscription,
  TutoringSessionsQuery,
  ViewerQuery,
} from "./operations.js";

export type * from "./gql/graphql.js";
export * from "./operations.js";

export interface CampusClientOptions {
  /** Base URL of the API, e.g. https://campus.example.com (the client adds /graphql). */
  url: string;
  /** Partner API key, sent as `x-api-key` over HTTP. */
  apiKey?: string;
  /** A user's access token (from logIn/signUp); also authenticates the WebSocket. */
  accessToken?: string | (() => string | undefined);
  /** WebSocket constructor where there is no global one (Node < 22: `ws`). */
  webSocketImpl?: unknown;
}

/** Thrown for GraphQL or network errors; `code` is the server's `extensions.code`. */
export class CampusError extends Error {
  readonly code: string | undefined;
  readonly extensions: Record<string, unknown> | undefined;
  constructor(error: CombinedError) {
    super(error.message);
    this.name = "CampusError";
    const extensions = error.graphQLErrors[0]?.extensions as Record<string, unknown> | undefined;
    this.extensions = extensions;
    this.code = typeof extensions?.code === "string" ? extensions.code : undefined;
  }
}

/**
 * A typed Campus client: urql's core client over HTTP (queries, mutations, automatic
 * persisted queries are the server's business) and graphql-ws for subscriptions, on the same
 * /graphql path. Every method's result and variables are typed from schema.graphql.
 */
export function createCampusClient(options: CampusClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  const token = () =>
    typeof options.accessToken === "function" ? options.accessToken() : options.accessToken;
  const ws: WsClient = createWsClient({
    url: `${base.replace(/^http/, "ws")}/graphql`,
    lazy: true,
    connectionParams: () => {
      const t = token();
      return t ? { authorization: `Bearer ${t}` } : {};
    },
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
  });
  const urql = new Client({
    url: `${base}/graphql`,
    requestPolicy: "network-only",
    // POST always: Apollo's CSRF prevention refuses simple GET requests, and bodies keep
    // variables out of URLs and logs.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? "" }, sink),
          }),
        }),
      }),
    ],
    fetchOptions: () => {
      const headers: Record<string, string> = {};
      if (options.apiKey) headers["x-api-key"] = options.apiKey;
      const t = token();
      if (t) headers.authorization = `Bearer ${t}`;
      return { headers };
    },
  });

  async function run<T>(result: Promise<{ data?: T; error?: CombinedError }>): Promise<T> {
    const { data, error } = await result;
    if (error) throw new CampusError(error);
    if (data === undefined) throw new Error("Campus returned no data.");
    return data;
  }

  /** Subscribes; returns the function that stops it. */
  function listen<T, V extends Record<string, unknown>>(
    document: Parameters<typeof urql.subscription<T, V>>[0],
    variables: V,
    onData: (data: T) => void,
    onError?: (error: CampusError) => void,
  ): () => void {
    const { unsubscribe } = urql.subscription(document, variables).subscribe((result) => {
      if (result.error) onError?.(new CampusError(result.error));
      else if (result.data) onData(result.data);
    });
    return unsubscribe;
  }

  return {
    /** The underlying urql client, for operations beyond the documented set. */
    urql,
    viewer: () => run(urql.query(ViewerQuery, {}).toPromise()).then((d) => d.viewer),
    signUp: (input: SignUpInput) =>
      run(urql.mutation(SignUpMutation, { input }).toPromise()).then((d) => d.signUp),
    courses: (vars: { first?: number; after?: string; query?: string } = {}) =>
      run(urql.query(CoursesQuery, vars).toPromise()).then((d) => d.courses),
    tutoringSessions: (vars: { first?: number; after?: string; topic?: string } = {}) =>
      run(urql.query(TutoringSessionsQuery, vars).toPromise()).then((d) => d.tutoringSessions),
    availableSlots: (vars: {
      tutoringSessionId: string;
      from: string;
      to: string;
      timeZone: string;
      first?: number;
    }) => run(urql.query(AvailableSlotsQuery, vars).toPromise()).then((d) => d.availableSlots),
    bookSlot: (input: BookSlotInput) =>
      run(urql.mutation(BookSlotMutation, { input }).toPromise()).then((d) => d.bookSlot),
    cancelBooking: (input: CancelBookingInput) =>
      run(urql.mutation(CancelBookingMutation, { input }).toPromise()).then((d) => d.cancelBooking),
    myBookings: (vars: { first?: number; after?: string } = {}) =>
      run(urql.query(MyBookingsQuery, vars).toPromise()).then((d) => d.myBookings),
    onBookingUpdated: (
      onData: (booking: { id: string; status: string; paymentStatus: string }) => void,
      onError?: (error: CampusError) => void,
    ) => listen(BookingUpdatedSubscription, {}, (d) => onData(d.bookingUpdated), onError),
    onSlotAvailabilityChanged: (
      tutoringSessionId: string,
      onData: (change: {
        reason: string;
        slot?: { id: string; seatsLeft: number; status: string } | null;
      }) => void,
      onError?: (error: CampusError) => void,
    ) =>
      listen(
        SlotAvailabilitySubscription,
        { tutoringSessionId },
        (d) => onData(d.slotAvailabilityChanged),
        onError,
      ),
    /** Closes the WebSocket; HTTP needs no cleanup. */
    close: () => ws.dispose(),
  };
}

export type CampusClient = ReturnType<typeof createCampusClient>;
