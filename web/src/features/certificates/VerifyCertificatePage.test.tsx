import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { VerifyCertificatePage } from "./VerifyCertificatePage";

const verification = (overrides: Record<string, unknown> = {}) => ({
  __typename: "CertificateVerification",
  isValid: true,
  validity: "VALID",
  holderName: "Emma Wilson",
  courseTitle: "TypeScript from Zero to Production",
  instructorName: "Marcus Reed",
  issuedAt: "2026-10-01T10:00:00.000Z",
  expiresAt: null,
  revokedAt: null,
  ...overrides,
});

describe("VerifyCertificatePage", () => {
  it("verifies the code typed in and puts it in the URL", async () => {
    const api = fakeApi(
      on("VerifyCertificate", ({ code }) => ({
        data: { verifyCertificate: code === "ABC" ? verification() : null },
      })),
    );
    const { router } = api.render(<VerifyCertificatePage />, {
      path: "/certificates/verify",
      route: "/certificates/verify",
    });
    fireEvent.change(screen.getByLabelText("Verification code"), { target: { value: " ABC " } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    const result = await screen.findByRole("region", { name: "This certificate is genuine and valid." });
    expect(within(result).getByText("Emma Wilson")).toBeTruthy();
    expect(within(result).getByText("Oct 1, 2026")).toBeTruthy();
    expect(router.state.location.search).toBe("?code=ABC");
  });

  it("tells a revoked certificate from an unknown code", async () => {
    const api = fakeApi(
      on("VerifyCertificate", ({ code }) => ({
        data: {
          verifyCertificate:
            code === "REVOKED"
              ? verification({ isValid: false, validity: "REVOKED", revokedAt: "2026-11-01T00:00:00Z" })
              : null,
        },
      })),
    );
    api.render(<VerifyCertificatePage />, {
      path: "/certificates/verify?code=REVOKED",
      route: "/certificates/verify",
    });
    expect(
      await screen.findByRole("heading", {
        name: "This certificate is genuine but no longer valid (Revoked).",
      }),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Verification code"), { target: { value: "WRONG" } });
    fireEvent.click(screen.getByRole("button", { name: "Verify" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "No certificate has this code. Check it and try again.",
    );
  });

  it("verifies the code of an email's link at once, with the code filled in", async () => {
    const api = fakeApi(
      on("VerifyCertificate", ({ code }) => ({
        data: { verifyCertificate: code === "ABC" ? verification() : null },
      })),
    );
    api.render(<VerifyCertificatePage />, {
      path: "/certificates/verify/ABC",
      route: "/certificates/verify/:code",
    });
    await screen.findByRole("region", { name: "This certificate is genuine and valid." });
    expect((screen.getByLabelText("Verification code") as HTMLInputElement).value).toBe("ABC");
    expect(api.requests.map((r) => r.variables)).toEqual([{ code: "ABC" }]);
  });
});
