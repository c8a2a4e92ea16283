import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getSession } from "../../lib/auth";
import { fakeApi, on } from "../../test/api";
import { LogInPage } from "./LogInPage";
import { safeNext } from "./next";

const token = `x.${btoa(JSON.stringify({ sub: "user-42" }))}.y`;

describe("LogInPage", () => {
  it("checks the fields before asking the API", async () => {
    const api = fakeApi();
    api.render(<LogInPage />, { path: "/login", route: "/login" });
    fireEvent.click(screen.getByRole("button", { name: "Log in" }));
    await waitFor(() => expect(screen.getAllByText("This field is required.")).toHaveLength(2));
    const email = screen.getByLabelText("Email");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(email.getAttribute("aria-describedby")).toBeTruthy();
    fireEvent.change(email, { target: { value: "not-an-email" } });
    fireEvent.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByText("Enter a valid email address.")).toBeTruthy();
    expect(api.requests).toEqual([]);
  });

  it("shows wrong credentials, then keeps the session and goes on", async () => {
    let attempt = 0;
    const api = fakeApi(
      on("LogIn", () => {
        attempt += 1;
        return attempt === 1
          ? {
              data: {
                logIn: {
                  __typename: "AuthPayload",
                  tokens: null,
                  userErrors: [
                    {
                      __typename: "UserError",
                      code: "INVALID_CREDENTIALS",
                      field: null,
                      message: "Wrong email or password.",
                    },
                  ],
                },
              },
            }
          : {
              data: {
                logIn: {
                  __typename: "AuthPayload",
                  tokens: {
                    __typename: "AuthTokens",
                    accessToken: token,
                    accessTokenExpiresAt: "2999-01-01T00:00:00.000Z",
                    refreshToken: "refresh-1",
                  },
                  userErrors: [],
                },
              },
            };
      }),
      on("SessionViewer", () => ({ data: { viewer: null } })),
    );
    const { router } = api.render(<LogInPage />, { path: "/login?next=/bookings", route: "/login" });
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "emma@campus.test" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "nope" } });
    fireEvent.click(screen.getByRole("button", { name: "Log in" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Wrong email or password.");
    expect(getSession()).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Log in" }));
    await waitFor(() => expect(getSession()?.userId).toBe("user-42"));
    expect(api.requests.find((r) => r.operationName === "LogIn")?.variables).toEqual({
      input: { email: "emma@campus.test", password: "nope" },
    });
    void router;
  });
});

describe("safeNext", () => {
  it("only follows paths of this app", () => {
    expect(safeNext("/bookings?x=1")).toBe("/bookings?x=1");
    expect(safeNext("//evil.example")).toBe("/courses");
    expect(safeNext("https://evil.example")).toBe("/courses");
    expect(safeNext(null)).toBe("/courses");
  });
});
