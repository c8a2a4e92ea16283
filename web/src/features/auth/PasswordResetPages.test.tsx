import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { ForgotPasswordPage, ResetPasswordPage } from "./PasswordResetPages";

describe("password reset", () => {
  it("asks for a link without telling whether the account exists", async () => {
    const api = fakeApi(
      on("RequestPasswordReset", () => ({
        data: {
          requestPasswordReset: { __typename: "RequestPasswordResetPayload", accepted: true, userErrors: [] },
        },
      })),
    );
    api.render(<ForgotPasswordPage />);
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "someone@example.com" } });
    fireEvent.click(screen.getByRole("button", { name: "Send the link" }));
    expect((await screen.findByRole("status")).textContent).toContain("If an account uses this address");
  });

  it("sets the new password with the email and token of the link", async () => {
    const api = fakeApi(
      on("ResetPassword", () => ({
        data: { resetPassword: { __typename: "ResetPasswordPayload", reset: true, userErrors: [] } },
      })),
    );
    api.render(<ResetPasswordPage />, {
      path: "/reset-password?email=a%40b.c&token=tok123",
      route: "/reset-password",
    });
    fireEvent.change(screen.getByLabelText("New password"), { target: { value: "short" } });
    expect(screen.getByText("Use at least 10 characters.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("New password"), { target: { value: "a much longer secret" } });
    fireEvent.click(screen.getByRole("button", { name: "Change my password" }));
    expect((await screen.findByRole("status")).textContent).toContain("Your password was changed.");
    expect(api.requests[0]?.variables).toEqual({
      input: { email: "a@b.c", token: "tok123", newPassword: "a much longer secret" },
    });
  });

  it("explains a link that lost its token", () => {
    const api = fakeApi();
    api.render(<ResetPasswordPage />, { path: "/reset-password?email=a%40b.c", route: "/reset-password" });
    expect(screen.getByText("This link is incomplete. Open the link from your email again.")).toBeTruthy();
  });
});
