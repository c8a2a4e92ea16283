import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { ScheduleFormOptionsQuery } from "../teaching/schedules/schedules.graphql";
import { connection, switchedOffVenueFixture, venueFixture as venue } from "./admin-operations.fixtures";
import { VenuesPage } from "./VenuesPage";
import { facilitiesFromForm, facilitiesToForm } from "./venue-form";

const saved = (field: string, value: unknown) => ({
  data: { [field]: { __typename: "VenuePayload", venue: value, userErrors: [] } },
});

const refused = (field: string, message: string) => ({
  data: {
    updateVenue: {
      __typename: "VenuePayload",
      venue: null,
      userErrors: [{ __typename: "UserError", code: "INVALID", field: ["input", field], message }],
    },
  },
});

function renderPage(nodes: unknown[], ...handlers: Parameters<typeof fakeApi>) {
  const api = fakeApi(
    on("VenuesPage", () => ({ data: { venues: connection("VenueConnection", nodes) } })),
    ...handlers,
  );
  api.render(<VenuesPage />, { path: "/admin/venues", route: "/admin/venues" });
  return api;
}

const headings = () => screen.queryAllByRole("article").map((card) => card.querySelector("h2")?.textContent);

/** Planning's venue picker (active venues only), cached beside the admins' list. */
async function cachePlanningVenues(api: ReturnType<typeof fakeApi>) {
  await api.campus.client.query(ScheduleFormOptionsQuery, { isAdmin: false }).toPromise();
  return () =>
    api.campus.client
      .readQuery(ScheduleFormOptionsQuery, { isAdmin: false })
      ?.data?.venues.nodes.map((node) => node.name);
}
const planningOptions = (nodes: unknown[]) =>
  on("ScheduleFormOptions", () => ({
    data: {
      viewer: { __typename: "User", id: "VXNlcjox", taughtCourses: connection("CourseConnection", []) },
      venues: connection("VenueConnection", nodes),
    },
  }));

async function openEditor(name: string) {
  fireEvent.click(await screen.findByRole("button", { name: `Edit ${name}` }));
  const dialog = await screen.findByRole("dialog", { name: "Edit the venue" });
  const field = (label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
  const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
  const save = () => fireEvent.click(within(dialog).getByRole("button", { name: "Save the changes" }));
  return { dialog, field, type, save };
}

describe("VenuesPage", () => {
  it("shows each venue's address, capacity, facilities and parking", async () => {
    renderPage([venue()]);
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
    expect(within(card).queryByText("Switched off")).toBeNull();
    expect(within(card).queryByRole("button", { name: /back on/ })).toBeNull();
  });

  it("checks a new venue before sending it, then lists it by name without fetching again", async () => {
    const api = renderPage(
      [venue()],
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

  it("lists switched-off venues, marked, and switches one back on into planning's list", async () => {
    const api = renderPage(
      [venue(), switchedOffVenueFixture()],
      planningOptions([venue()]),
      on("UpdateVenue", () => saved("updateVenue", { ...switchedOffVenueFixture(), isActive: true })),
    );
    const card = await screen.findByRole("article", { name: "Grenoble annex" });
    expect(headings()).toEqual(["Grenoble annex", "Lyon Part-Dieu training room"]);
    expect(within(card).getByText("Switched off")).toBeTruthy();
    expect(within(card).getByText("5 place Victor Hugo, 2nd floor, 38000 Grenoble")).toBeTruthy();
    const planning = await cachePlanningVenues(api);
    expect(planning()).toEqual(["Lyon Part-Dieu training room"]);

    fireEvent.click(within(card).getByRole("button", { name: "Switch Grenoble annex back on" }));
    expect(await screen.findByText("Venue Grenoble annex is offered for new classes again.")).toBeTruthy();
    expect(api.requests.find((r) => r.operationName === "UpdateVenue")?.variables).toEqual({
      input: { venueId: switchedOffVenueFixture().id, isActive: true },
    });
    await waitFor(() => expect(within(card).queryByText("Switched off")).toBeNull());
    expect(within(card).queryByRole("button", { name: /back on/ })).toBeNull();
    expect(headings()).toEqual(["Grenoble annex", "Lyon Part-Dieu training room"]);
    expect(planning()).toEqual(["Lyon Part-Dieu training room", "Grenoble annex"]);
    expect(api.requests.filter((r) => r.operationName === "VenuesPage")).toHaveLength(1);
  });

  it("says why a venue could not be switched back on and keeps it marked", async () => {
    renderPage(
      [switchedOffVenueFixture()],
      on("UpdateVenue", () => refused("venueId", "No such venue.")),
    );
    const card = await screen.findByRole("article", { name: "Grenoble annex" });
    fireEvent.click(within(card).getByRole("button", { name: "Switch Grenoble annex back on" }));
    expect((await screen.findByRole("alert")).textContent).toBe("No such venue.");
    expect(screen.queryByText(/offered for new classes again/)).toBeNull();
    expect(within(card).getByText("Switched off")).toBeTruthy();
    expect(
      (within(card).getByRole("button", { name: "Switch Grenoble annex back on" }) as HTMLButtonElement)
        .disabled,
    ).toBe(false);
  });

  it("keeps a venue switched off in the list, marked, and takes it out of planning's list", async () => {
    const api = renderPage(
      [venue()],
      planningOptions([venue()]),
      on("UpdateVenue", () => saved("updateVenue", venue({ isActive: false }))),
    );
    await screen.findByRole("article", { name: "Lyon Part-Dieu training room" });
    const planning = await cachePlanningVenues(api);
    expect(planning()).toEqual(["Lyon Part-Dieu training room"]);
    const editor = await openEditor("Lyon Part-Dieu training room");
    fireEvent.click(within(editor.dialog).getByLabelText("Offered for new classes"));
    editor.save();
    expect(
      await screen.findByText("Venue Lyon Part-Dieu training room is no longer offered for new classes."),
    ).toBeTruthy();
    const card = screen.getByRole("article", { name: "Lyon Part-Dieu training room" });
    await waitFor(() => expect(within(card).getByText("Switched off")).toBeTruthy());
    expect(
      within(card).getByRole("button", { name: "Switch Lyon Part-Dieu training room back on" }),
    ).toBeTruthy();
    expect(headings()).toEqual(["Lyon Part-Dieu training room"]);
    expect(planning()).toEqual([]);
    expect(api.requests.find((r) => r.operationName === "UpdateVenue")?.variables).toMatchObject({
      input: { isActive: false },
    });
  });

  it("corrects a venue's address, city and postcode and clears its second line", async () => {
    const api = renderPage(
      [venue({ addressLine2: "Bâtiment A" })],
      on("UpdateVenue", ({ input }) => {
        const sent = input as Record<string, string>;
        return saved(
          "updateVenue",
          venue({
            addressLine1: sent.addressLine1,
            addressLine2: sent.addressLine2 || null,
            city: sent.city,
            postcode: sent.postcode,
          }),
        );
      }),
    );
    const editor = await openEditor("Lyon Part-Dieu training room");
    expect(editor.field("Address").value).toBe("12 rue de la Villette");
    expect(editor.field("Address (second line)").value).toBe("Bâtiment A");
    expect(editor.field("Postcode").value).toBe("69003");
    expect(editor.field("City").value).toBe("Lyon");
    expect(editor.field("Time zone").value).toBe("Europe/Paris");
    expect(within(editor.dialog).queryByText(/cannot be changed here/)).toBeNull();

    // Bad input first: an address, a city and a time zone cannot be emptied.
    editor.type("Address", "  ");
    editor.type("City", "");
    editor.type("Time zone", "");
    editor.save();
    expect(await within(editor.dialog).findAllByText("This field is required.")).toHaveLength(2);
    expect(editor.field("Address").getAttribute("aria-invalid")).toBe("true");
    editor.type("Address", "40 boulevard Vivier-Merle ");
    editor.type("City", "Villeurbanne");
    editor.save();
    expect(
      await within(editor.dialog).findByText(
        "A venue keeps a time zone once it has one; choose one such as Europe/London.",
      ),
    ).toBeTruthy();
    expect(editor.field("Time zone").getAttribute("aria-invalid")).toBe("true");
    expect(api.requests.filter((r) => r.operationName === "UpdateVenue")).toHaveLength(0);

    editor.type("Time zone", "Europe/Paris");
    editor.type("Address (second line)", "");
    editor.type("Postcode", "69100");
    editor.save();
    expect(await screen.findByText("Venue Lyon Part-Dieu training room saved.")).toBeTruthy();
    expect(api.requests.find((r) => r.operationName === "UpdateVenue")?.variables).toEqual({
      input: {
        venueId: venue().id,
        name: "Lyon Part-Dieu training room",
        addressLine1: "40 boulevard Vivier-Merle",
        addressLine2: "",
        city: "Villeurbanne",
        postcode: "69100",
        timezone: "Europe/Paris",
        capacity: 12,
        facilities: {
          wifi: true,
          projector: true,
          wheelchairAccess: false,
          kitchen: false,
          cprManikins: "12 adult, 6 infant",
        },
        parkingInfo: "Part-Dieu car park, level -2",
        isActive: true,
      },
    });
    const card = screen.getByRole("article", { name: "Lyon Part-Dieu training room" });
    await waitFor(() =>
      expect(within(card).getByText("40 boulevard Vivier-Merle, 69100 Villeurbanne")).toBeTruthy(),
    );
  });

  it("shows the API's refusal of a new time zone at the field", async () => {
    const api = renderPage(
      [venue()],
      on("UpdateVenue", () =>
        refused(
          "timezone",
          "Runs are planned at this venue: cancel or finish them before changing its time zone.",
        ),
      ),
    );
    const editor = await openEditor("Lyon Part-Dieu training room");
    expect(
      within(editor.dialog).getByText(
        "Class times are shown in this zone; it cannot change while classes are planned here.",
      ),
    ).toBeTruthy();
    editor.type("Time zone", "Europe/London");
    editor.save();
    const message = await within(editor.dialog).findByText(
      "Runs are planned at this venue: cancel or finish them before changing its time zone.",
    );
    const zone = editor.field("Time zone");
    expect(zone.getAttribute("aria-invalid")).toBe("true");
    expect(zone.getAttribute("aria-describedby")).toContain(message.id);
    expect(document.activeElement).toBe(zone);
    expect(within(editor.dialog).queryByRole("alert")).toBeNull();
    expect(api.requests.find((r) => r.operationName === "UpdateVenue")?.variables).toMatchObject({
      input: { timezone: "Europe/London" },
    });
    expect(within(screen.getByRole("article")).getByText("Europe/Paris")).toBeTruthy();
  });

  it("shows the API's userErrors at the field they are about", async () => {
    renderPage(
      [venue()],
      on("UpdateVenue", () => refused("capacity", "A planned schedule here offers 12 seats.")),
    );
    const editor = await openEditor("Lyon Part-Dieu training room");
    expect((within(editor.dialog).getByLabelText("Wi-Fi") as HTMLInputElement).checked).toBe(true);
    expect((within(editor.dialog).getByLabelText("Other facilities") as HTMLTextAreaElement).value).toBe(
      "cprManikins: 12 adult, 6 infant",
    );
    editor.type("Capacity", "6");
    editor.save();
    expect(await within(editor.dialog).findByText("A planned schedule here offers 12 seats.")).toBeTruthy();
    expect(editor.field("Capacity").getAttribute("aria-invalid")).toBe("true");
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
