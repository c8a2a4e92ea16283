import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { VenueForm_VenueFragment } from "../../gql/graphql";
import { fakeApi, on } from "../../test/api";
import { connection } from "./admin-operations.fixtures";
import { VenuesPage } from "./VenuesPage";
import { facilitiesFromForm, facilitiesToForm } from "./venue-form";

const venue = (overrides: Partial<VenueForm_VenueFragment> = {}) => ({
  __typename: "Venue",
  id: "VmVudWU6MQ==",
  name: "Lyon Part-Dieu training room",
  addressLine1: "12 rue de la Villette",
  addressLine2: null,
  city: "Lyon",
  postcode: "69003",
  capacity: 12,
  facilities: { wifi: true, projector: true, cprManikins: "12 adult, 6 infant" },
  parkingInfo: "Part-Dieu car park, level -2",
  timezone: "Europe/Paris",
  isActive: true,
  ...overrides,
});

const saved = (field: string, value: unknown) => ({
  data: { [field]: { __typename: "VenuePayload", venue: value, userErrors: [] } },
});

function renderPage(...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(
    on("VenuesPage", () => ({ data: { venues: connection("VenueConnection", [venue()]) } })),
    ...handlers,
  );
  api.render(<VenuesPage />, { path: "/admin/venues", route: "/admin/venues" });
  return api;
}

const headings = () => screen.queryAllByRole("article").map((card) => card.querySelector("h2")?.textContent);

describe("VenuesPage", () => {
  it("shows each venue's address, capacity, facilities and parking", async () => {
    renderPage();
    const card = await screen.findByRole("article", { name: "Lyon Part-Dieu training room" });
    expect(within(card).getByText("12 rue de la Villette, 69003 Lyon")).toBeTruthy();
    expect(within(card).getByText("12 seats")).toBeTruthy();
    const facilities = within(card).getByRole("list", { name: "Facilities" });
    expect(
      within(facilities)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Wi-Fi", "Projector", "cprManikins: 12 adult, 6 infant"]);
    expect(within(card).getByText(/Part-Dieu car park/)).toBeTruthy();
  });

  it("checks a new venue before sending it, then lists it by name without fetching again", async () => {
    const api = renderPage(
      on("CreateVenue", () =>
        saved(
          "createVenue",
          venue({
            id: "VmVudWU6Mg==",
            name: "Annecy lakeside room",
            city: "Annecy",
            postcode: "74000",
            addressLine1: "3 quai de la Tournette",
            capacity: 8,
            facilities: { wifi: true, whiteboard: true },
            parkingInfo: null,
          }),
        ),
      ),
    );
    fireEvent.click(await screen.findByRole("button", { name: "New venue" }));
    const dialog = await screen.findByRole("dialog", { name: "New venue" });
    const type = (label: string, value: string) =>
      fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    type("Name", "Annecy lakeside room");
    type("Capacity", "0");
    type("Time zone", "Europe/Nowhere");
    fireEvent.click(within(dialog).getByRole("button", { name: "Add the venue" }));
    expect(
      await within(dialog).findByText("Enter a whole number of seats between 1 and 10,000."),
    ).toBeTruthy();
    expect(within(dialog).getByText("Unknown time zone; use a name such as Europe/London.")).toBeTruthy();
    expect(within(dialog).getAllByText("This field is required.")).toHaveLength(3);
    expect(api.requests.filter((r) => r.operationName === "CreateVenue")).toHaveLength(0);

    type("Address", "3 quai de la Tournette");
    type("Postcode", "74000");
    type("City", "Annecy");
    type("Capacity", "8");
    type("Time zone", "Europe/Paris");
    fireEvent.click(within(dialog).getByLabelText("Wi-Fi"));
    type("Other facilities", "whiteboard\nflipchart: 2 boards");
    fireEvent.click(within(dialog).getByRole("button", { name: "Add the venue" }));
    expect(await screen.findByText("Venue Annecy lakeside room added.")).toBeTruthy();
    await waitFor(() => expect(headings()).toEqual(["Annecy lakeside room", "Lyon Part-Dieu training room"]));
    expect(api.requests.find((r) => r.operationName === "CreateVenue")?.variables).toEqual({
      input: {
        name: "Annecy lakeside room",
        addressLine1: "3 quai de la Tournette",
        addressLine2: null,
        postcode: "74000",
        city: "Annecy",
        capacity: 8,
        timezone: "Europe/Paris",
        parkingInfo: null,
        facilities: {
          wifi: true,
          projector: false,
          wheelchairAccess: false,
          kitchen: false,
          whiteboard: true,
          flipchart: "2 boards",
        },
      },
    });
    expect(api.requests.filter((r) => r.operationName === "VenuesPage")).toHaveLength(1);
  });

  it("edits what the API can change and shows its userErrors at the field", async () => {
    renderPage(
      on("UpdateVenue", () => ({
        data: {
          updateVenue: {
            __typename: "VenuePayload",
            venue: null,
            userErrors: [
              {
                __typename: "UserError",
                code: "INVALID",
                field: ["input", "capacity"],
                message: "A planned schedule here offers 12 seats.",
              },
            ],
          },
        },
      })),
    );
    fireEvent.click(await screen.findByRole("button", { name: "Edit Lyon Part-Dieu training room" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit the venue" });
    expect(within(dialog).queryByLabelText("Address")).toBeNull();
    expect(within(dialog).getByText(/the address and time zone cannot be changed here/)).toBeTruthy();
    expect((within(dialog).getByLabelText("Wi-Fi") as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByLabelText("Other facilities") as HTMLTextAreaElement).value).toBe(
      "cprManikins: 12 adult, 6 infant",
    );
    fireEvent.change(within(dialog).getByLabelText("Capacity"), { target: { value: "6" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Save the changes" }));
    expect(await within(dialog).findByText("A planned schedule here offers 12 seats.")).toBeTruthy();
    expect(within(dialog).getByLabelText("Capacity").getAttribute("aria-invalid")).toBe("true");
  });

  it("takes a venue switched off out of the list", async () => {
    renderPage(on("UpdateVenue", () => saved("updateVenue", venue({ isActive: false }))));
    fireEvent.click(await screen.findByRole("button", { name: "Edit Lyon Part-Dieu training room" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit the venue" });
    fireEvent.click(within(dialog).getByLabelText("Offered for new classes"));
    fireEvent.click(within(dialog).getByRole("button", { name: "Save the changes" }));
    expect(
      await screen.findByText("Venue Lyon Part-Dieu training room is no longer offered for new classes."),
    ).toBeTruthy();
    await waitFor(() => expect(headings()).toEqual([]));
    expect(screen.getByText("No venues yet.")).toBeTruthy();
  });
});

describe("venue facilities", () => {
  it("round-trips tick boxes and free lines, keeping details and false values", () => {
    const stored = { wifi: true, kitchen: false, cprManikins: "12 adult", lift: true, parkingBay: false };
    const form = facilitiesToForm(stored);
    expect(form.facilities).toEqual({
      wifi: true,
      projector: false,
      wheelchairAccess: false,
      kitchen: false,
    });
    expect(form.otherFacilities).toBe("cprManikins: 12 adult\nlift\nparkingBay: false");
    expect(facilitiesFromForm(form)).toEqual({ ...stored, projector: false, wheelchairAccess: false });
  });
});
