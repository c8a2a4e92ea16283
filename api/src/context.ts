import type { AppDeps } from "./app.js";
import type { AccessClaims, Role } from "./auth/access-tokens.js";
import { unauthenticated } from "./graphql/errors.js";
import { LoaderRegistry } from "./graphql/loaders.js";
import type { Logger } from "./logger.js";

/** The signed-in person, as loaded from the database for this request. */
export interface Viewer {
  id: string;
  email: string;
  roles: Role[];
}

/** An API key that authenticated a request: it acts as its user, narrowed to its scopes. */
export interface RequestApiKey {
  id: string;
  scopes: string[];
}

/** Per-request (or per-subscription-operation) context handed to resolvers. */
export interface AppContext extends AppDeps {
  requestId: string;
  logger: Logger;
  /** IP address of the client, used for rate limits. */
  ip: string;
  userAgent: string | null;
  /** Claims of a verified access token, or null for anonymous requests. */
  auth: AccessClaims | null;
  /** The partner API key the request authenticated with (auth then holds its user), if any. */
  apiKey: RequestApiKey | null;
  loaders: LoaderRegistry;
  /** Loads the viewer once per request; null when anonymous, deactivated or deleted. */
  viewer(): Promise<Viewer | null>;
  /** The viewer, or an UNAUTHENTICATED error. */
  requireViewer(): Promise<Viewer>;
  /** Makes `userId` the viewer for the rest of the request (after log in or sign up). */
  signIn(userId: string): void;
}

export function createContext(
  deps: AppDeps,
  request: {
    requestId: string;
    ip: string;
    userAgent: string | null;
    auth: AccessClaims | null;
    apiKey?: RequestApiKey | null;
    logger: Logger;
  },
): AppContext {
  let viewerPromise: Promise<Viewer | null> | undefined;
  // A key without the ADMIN scope never acts as an admin, even for an admin's key.
  const keyRoles = (roles: Role[]) =>
    request.apiKey && !request.apiKey.scopes.includes("ADMIN") ? roles.filter((r) => r !== "ADMIN") : roles;
  // Loaded from the database rather than trusted from the token, so a
  // deactivated user or a changed role takes effect at once.
  const loadViewer = (userId: string) =>
    deps.prisma.user
      .findFirst({
        where: { id: userId, deactivatedAt: null, deletedAt: null },
        select: { id: true, email: true, roles: true },
      })
      .then((u) => (u ? { id: u.id, email: u.email, roles: keyRoles(u.roles as Role[]) } : null));
  const viewer = () => {
    viewerPromise ??= request.auth ? loadViewer(request.auth.userId) : Promise.resolve(null);
    return viewerPromise;
  };
  return {
    ...deps,
    ...request,
    apiKey: request.apiKey ?? null,
    loaders: new LoaderRegistry(),
    viewer,
    async requireViewer() {
      const v = await viewer();
      if (!v) throw unauthenticated();
      return v;
    },
    signIn(userId) {
      viewerPromise = loadViewer(userId);
    },
  };
}
