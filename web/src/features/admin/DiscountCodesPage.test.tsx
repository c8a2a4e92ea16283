import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { connection, discountCodeFixture, fixedCodeFixture } from "./admin-operations.fixtures";
import { DiscountCodesPage } from "./DiscountCodesPage";

const listed = () => ({
  data: { discountCodes: connection("DiscountCodeConnection", [discountCodeFixture(), fixedCodeFixture()]) },
});

function renderPage(...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(on("DiscountCodesPage", listed), ...handlers);
  api.render(<DiscountCodesPage />, { path: "/admin/discount-codes", route: "/admin/discount-codes" });
  return api;
}

async function openCreateForm() {
  fireEvent.click(await screen.findByRole("button", { name: "New discount code" }));
  return screen.findByRole("dialog", { name: "New discount code" });
}

const field = (dialog: HTMLElement, label: string) =>
  within(dialog).getByLabelText(label) as HTMLInputElement;
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const requested = (api: ReturnType<typeof fakeApi>, name: string) =>
  api.requests.filter((r) => r.operationName === name);

describe("DiscountCodesPage", () => {
  it("lists codes with what they take off, their uses against their limits and their validity", async () => {
    renderPage();
    const spring = (await screen.findByRole("rowheader", { name: /SPRING25/ })).closest("tr") as HTMLElement;
    expect(within(spring).getByText("25%")).toBeTruthy();
    expect(within(spring).getByText("3 of 100 used")).toBeTruthy();
    expect(within(spring).getByText("1 per customer")).toBeTruthy();
    expect(within(spring).getByText("Course purchases")).toBeTruthy();
    const welcome = screen.getByRole("rowheader", { name: /WELCOME10/ }).closest("tr") as HTMLElement;
    expect(within(welcome).getByText("€10.00")).toBeTruthy();
    expect(within(welcome).getByText("from €50.00")).toBeTruthy();
    expect(within(welcome).getByText("0 used, no limit")).toBeTruthy();
    expect(within(welcome).getByText(/no end/)).toBeTruthy();
  });

  it("refuses a percentage over 100 before asking the API", async () => {
    const api = renderPage();
    const dialog = await openCreateForm();
    type(field(dialog, "Code"), "HALFOFF");
    type(field(dialog, "Percentage off"), "150");
    fireEvent.click(within(dialog).getByRole("button", { name: "Create the code" }));
    expect(await within(dialog).findByText("A percentage is at most 100.")).toBeTruthy();
    expect(field(dialog, "Percentage off").getAttribute("aria-invalid")).toBe("true");
    expect(requested(api, "CreateDiscountCode")).toHaveLength(0);
  });

  it("refuses a validity that ends before it starts, and a fixed amount without a currency", async () => {
    const api = renderPage();
    const dialog = await openCreateForm();
    type(field(dialog, "Code"), "SUMMER");
    type(field(dialog, "Kind of discount"), "FIXED_AMOUNT");
    type(field(dialog, "Amount off (EUR)"), "15");
    type(field(dialog, "Currency"), "");
    type(field(dialog, "Valid from"), "2030-07-01T00:00");
    type(field(dialog, "Valid until"), "2030-06-30T23:59");
    fireEvent.click(within(dialog).getByRole("button", { name: "Create the code" }));
    expect(await within(dialog).findByText("The end must be after the start.")).toBeTruthy();
    expect(within(dialog).getByText("Enter a 3-letter currency code such as EUR.")).toBeTruthy();
    expect(requested(api, "CreateDiscountCode")).toHaveLength(0);
  });

  it("shows the API's userErrors at their fields", async () => {
    const api = renderPage(
      on("CreateDiscountCode", () => ({
        data: {
          createDiscountCode: {
            __typename: "DiscountCodePayload",
            discountCode: null,
            userErrors: [
              {
                __typename: "UserError",
                code: "TAKEN",
                field: ["input", "code"],
                message: "This code exists already.",
              },
              {
                __typename: "UserError",
                code: "INVALID",
                field: ["input", "maxUses"],
                message: "Must be more than zero.",
              },
            ],
          },
        },
      })),
    );
    const dialog = await openCreateForm();
    type(field(dialog, "Code"), "spring25");
    type(field(dialog, "Percentage off"), "20");
    fireEvent.click(within(dialog).getByRole("button", { name: "Create the code" }));
    expect(await within(dialog).findByText("This code exists already.")).toBeTruthy();
    expect(field(dialog, "Code").getAttribute("aria-invalid")).toBe("true");
    expect(within(dialog).getByText("Must be more than zero.")).toBeTruthy();
    expect(requested(api, "CreateDiscountCode")[0]?.variables).toMatchObject({
      input: {
        code: "spring25",
        discountType: "PERCENTAGE",
        discountValue: 20,
        currency: null,
        maxUses: null,
        maxUsesPerUser: 1,
        scope: "ALL",
        isActive: true,
      },
    });
  });

  it("adds a created code at the top of the list without fetching the list again", async () => {
    const created = discountCodeFixture({
      id: "RGlzY291bnRDb2RlOjM=",
      code: "AUTUMN",
      discountValue: 15,
      usedCount: 0,
      maxUses: 50,
      validUntil: "2030-11-30T00:00:00.000Z",
    });
    const api = renderPage(
      on("CreateDiscountCode", () => ({
        data: {
          createDiscountCode: { __typename: "DiscountCodePayload", discountCode: created, userErrors: [] },
        },
      })),
    );
    const dialog = await openCreateForm();
    type(field(dialog, "Code"), "autumn");
    type(field(dialog, "Percentage off"), "15");
    type(field(dialog, "Uses in total"), "50");
    type(field(dialog, "Valid from"), "2030-09-01T00:00");
    type(field(dialog, "Valid until"), "2030-11-30T00:00");
    fireEvent.click(within(dialog).getByRole("button", { name: "Create the code" }));
    expect(await screen.findByText("Discount code AUTUMN created.")).toBeTruthy();
    const rows = screen.getAllByRole("rowheader").map((cell) => cell.querySelector("code")?.textContent);
    expect(rows).toEqual(["AUTUMN", "SPRING25", "WELCOME10"]);
    expect(requested(api, "DiscountCodesPage")).toHaveLength(1);
    expect(requested(api, "CreateDiscountCode")[0]?.variables).toMatchObject({
      input: { code: "autumn", discountValue: 15, maxUses: 50 },
    });
  });

  it("edits a code with its saved values, sending amounts in cents", async () => {
    const api = renderPage(
      on("UpdateDiscountCode", (variables) => ({
        data: {
          updateDiscountCode: {
            __typename: "DiscountCodePayload",
            discountCode: { ...fixedCodeFixture(), discountValue: 1250 },
            userErrors: [],
            echo: variables,
          },
        },
      })),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Edit WELCOME10" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit the discount code" });
    expect(field(dialog, "Code").value).toBe("WELCOME10");
    expect(field(dialog, "Code").readOnly).toBe(true);
    expect(field(dialog, "Minimum purchase (EUR)").value).toBe("50.00");
    type(field(dialog, "Amount off (EUR)"), "12,50");
    fireEvent.click(within(dialog).getByRole("button", { name: "Save the changes" }));
    expect(await screen.findByText("Discount code WELCOME10 saved.")).toBeTruthy();
    const row = screen.getByRole("rowheader", { name: /WELCOME10/ }).closest("tr") as HTMLElement;
    expect(within(row).getByText("€12.50")).toBeTruthy();
    expect(requested(api, "UpdateDiscountCode")[0]?.variables).toMatchObject({
      input: {
        id: "RGlzY291bnRDb2RlOjI=",
        discountType: "FIXED_AMOUNT",
        discountValue: 1250,
        currency: "EUR",
        minPurchaseCents: 5000,
        validUntil: null,
        maxUses: null,
        maxUsesPerUser: null,
      },
    });
  });

  it("deletes a code after confirmation, and says why a redeemed one cannot go", async () => {
    let redeemed = true;
    const api = renderPage(
      on("DeleteDiscountCode", () => ({
        data: {
          deleteDiscountCode: redeemed
            ? {
                __typename: "DeleteDiscountCodePayload",
                deletedDiscountCodeId: null,
                userErrors: [
                  {
                    __typename: "UserError",
                    code: "INVALID_STATE",
                    field: ["input", "id"],
                    message: "This code has been redeemed: deactivate it instead.",
                  },
                ],
              }
            : {
                __typename: "DeleteDiscountCodePayload",
                deletedDiscountCodeId: "RGlzY291bnRDb2RlOjE=",
                userErrors: [],
              },
        },
      })),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Delete SPRING25" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete the discount code?" });
    expect(within(dialog).getByText(/Delete SPRING25\?/)).toBeTruthy();
    expect(requested(api, "DeleteDiscountCode")).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole("button", { name: "Delete the code" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe(
      "This code has been redeemed: deactivate it instead.",
    );
    expect(screen.getByRole("rowheader", { name: /SPRING25/ })).toBeTruthy();

    redeemed = false;
    fireEvent.click(within(dialog).getByRole("button", { name: "Delete the code" }));
    expect(await screen.findByText("Discount code SPRING25 deleted.")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("rowheader", { name: /SPRING25/ })).toBeNull());
    expect(screen.getByRole("rowheader", { name: /WELCOME10/ })).toBeTruthy();
    expect(requested(api, "DiscountCodesPage")).toHaveLength(1);
  });
});
