import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../gql/gql";
import type { Role, SessionViewerQuery } from "../gql/graphql";
import { getSession, type IssuedTokens, sessionFromTokens, setSession } from "./auth";

const SessionViewerQueryDocument = graphql(`
  query SessionViewer {
    viewer {
      id
      name
      firstName
      lastName
      email
      roles
      timezone
    }
  }
`);

const LogOutMutationDocument = graphql(`
  mutation LogOut($input: LogOutInput!) {
    logOut(input: $input) {
      loggedOut
    }
  }
`);

export type Viewer = NonNullable<SessionViewerQuery["viewer"]>;

type SessionValue = {
  viewer: Viewer | null;
  /** True while the viewer of a stored session is being loaded. */
  loading: boolean;
  signedIn: boolean;
  hasRole(role: Role): boolean;
  /** Keeps the tokens of a successful logIn/signUp; the app then switches to the new identity. */
  startSession(tokens: IssuedTokens): void;
  endSession(): Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const signedIn = getSession() !== null;
  const [{ data, fetching }] = useQuery({ query: SessionViewerQueryDocument, pause: !signedIn });
  const [, logOut] = useMutation(LogOutMutationDocument);
  const viewer = signedIn ? (data?.viewer ?? null) : null;

  const startSession = useCallback((tokens: IssuedTokens) => setSession(sessionFromTokens(tokens)), []);
  const endSession = useCallback(async () => {
    const session = getSession();
    // Forget the session first: the interface must not wait on the network to sign out.
    setSession(null);
    if (session) await logOut({ input: { refreshToken: session.refreshToken } });
  }, [logOut]);

  const value = useMemo<SessionValue>(
    () => ({
      viewer,
      loading: signedIn && fetching && !data,
      signedIn,
      hasRole: (role) => viewer?.roles.includes(role) ?? false,
      startSession,
      endSession,
    }),
    [viewer, signedIn, fetching, data, startSession, endSession],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession needs a SessionProvider");
  return value;
}
