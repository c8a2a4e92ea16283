import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  AvailabilityPreviewQuery,
  AvailabilityWindowRow_WindowFragment,
  SaveAvailabilityWindowMutation,
} from "../../../gql/graphql";
import { fakeApi, on } from "../../../test/api";
import { AvailabilityPage } from "./AvailabilityPage";
import { sortWindows, windowErrors } from "./window-time";

const EXPERT = "RXhwZXJ0UHJvZmlsZTox";

type WireWindow = AvailabilityWindowRow_WindowFragment & { __typename: "AvailabilityWindow" };
type WireSlot = AvailabilityPreviewQuery["availableSlots"]["nodes"][number] & { __typename: "BookableSlot" };

const window = (id: string, dayOfWeek: number, startTime: string, endTime: string): WireWindow => ({
  __typename: "AvailabilityWindow",
  id,
  dayOfWeek,
  startTime,
  endTime,
  timeZone: "Europe/Paris",
  isActive: true,
});

const session = {
  __typename: "TutoringSession" as const,
  id: "VHV0b3JpbmdTZXNzaW9uOjE=",
  title: "Bridge 1:1",
};

const slot = (id: string, startsAt: string): WireSlot => ({
  __typename: "BookableSlot",
  id,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
  tutoringSession: { ...session },
});

const expert = (windows: WireWindow[]) => ({
  __typename: "ExpertProfile",
  id: EXPERT,
  isAvailable: true,
  tutoringSessions: [{ ...session, isActive: true }],
  availabilityWindows: windows,
});

const preview = (slots: WireSlot[]) => ({
  data: { availableSlots: { __typename: "BookableSlotConnection", totalCount: slots.length, nodes: slots } },
});

type WireUserError = SaveAvailabilityWindowMutation["saveAvailabilityWindow"]["userErrors"][number] & {
  __typename: "UserError";
};

const saved = (payload: {
  window: WireWindow | null;
  slotsChanged?: number;
  userErrors?: WireUserError[];
}) => ({
  data: {
    saveAvailabilityWindow: {
      __typename: "AvailabilityWindowPayload",
      slotsChanged: 0,
      userErrors: [],
      ...payload,
    },
  },
});

const monday = window("QXZhaWxhYmlsaXR5V2luZG93OjE=", 1, "09:00", "12:00");
const wednesday = window("QXZhaWxhYmlsaXR5V2luZG93OjI=", 3, "14:00", "18:00");
const firstSlots = [
  slot("slot-1", "2030-03-04T08:00:00.000Z"),
  slot("slot-2", "2030-03-04T09:00:00.000Z"),
  slot("slot-3", "2030-03-06T13:00:00.000Z"),
];

const dayGroups = () =>
  screen.getAllByTestId("preview-day").map((day) => ({
    day: within(day).getByRole("heading").textContent,
    times: within(day)
      .getAllByRole("listitem")
      .map((item) => item.textContent),
  }));

const windowRows = () =>
  within(screen.getByRole("list", { name: "Weekly windows" }))
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("aria-label"));

const previewRequests = (api: ReturnType<typeof fakeApi>) =>
  api.requests.filter((request) => request.operationName === "AvailabilityPreview");

// Several round trips through the real client and cache: room for a busy machine.
const SLOW = { timeout: 5000 };

let zone: string | undefined;
beforeEach(() => {
  // The preview is in the viewer's zone, which the browser (here Node) reports.
  zone = process.env.TZ;
  process.env.TZ = "Europe/London";
});
afterEach(() => {
  process.env.TZ = zone;
});

describe("AvailabilityPage", () => {
  it("lists the windows in week order and previews the slots per day in the viewer's zone", async () => {
    const api = fakeApi(
      on("MyAvailability", () => ({ data: { myExpertProfile: expert([wednesday, monday]) } })),
      on("AvailabilityPreview", () => preview(firstSlots)),
    );
    api.render(<AvailabilityPage />);
    await screen.findByRole("heading", { name: "Availability", level: 1 });
    expect(windowRows()).toEqual(["Monday 09:00–12:00", "Wednesday 14:00–18:00"]);
    await screen.findByText("3 bookable times.");
    expect(dayGroups()).toEqual([
      { day: "Monday, March 4", times: ["8:00 AM · Bridge 1:1", "9:00 AM · Bridge 1:1"] },
      { day: "Wednesday, March 6", times: ["1:00 PM · Bridge 1:1"] },
    ]);
    expect(screen.getByText(/Times are shown in Europe\/London\./)).toBeTruthy();
    // The next 7 days, for this expert.
    const variables = previewRequests(api)[0]?.variables ?? {};
    expect(variables.expertId).toBe(EXPERT);
    expect(Date.parse(String(variables.to)) - Date.parse(String(variables.from))).toBe(7 * 86_400_000);
  });

  it("adds a window: sends it, lists it and refreshes the preview", async () => {
    const friday = window("QXZhaWxhYmlsaXR5V2luZG93OjM=", 5, "10:00", "24:00");
    let previews = 0;
    const api = fakeApi(
      on("MyAvailability", () => ({ data: { myExpertProfile: expert([monday]) } })),
      on("AvailabilityPreview", () => {
        previews += 1;
        return preview(
          previews === 1 ? firstSlots : [...firstSlots, slot("slot-4", "2030-03-08T09:00:00.000Z")],
        );
      }),
      on("SaveAvailabilityWindow", () => saved({ window: friday, slotsChanged: 4 })),
    );
    api.render(<AvailabilityPage />);
    await screen.findByText("3 bookable times.", undefined, SLOW);

    const form = screen.getByRole("form", { name: "Add a window" });
    fireEvent.change(within(form).getByLabelText("Day"), { target: { value: "5" } });
    fireEvent.change(within(form).getByLabelText("From"), { target: { value: "10:00" } });
    // A time input cannot say 24:00: midnight as the end is the end of the day.
    fireEvent.change(within(form).getByLabelText("To"), { target: { value: "00:00" } });
    fireEvent.change(within(form).getByLabelText("Time zone"), { target: { value: "Europe/Paris" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add the window" }));

    await screen.findByText("Window added: 4 bookable times changed.", undefined, SLOW);
    expect(api.requests.find((r) => r.operationName === "SaveAvailabilityWindow")?.variables).toEqual({
      input: { windowId: null, dayOfWeek: 5, startTime: "10:00", endTime: "24:00", timeZone: "Europe/Paris" },
    });
    expect(windowRows()).toEqual(["Monday 09:00–12:00", "Friday 10:00–24:00"]);
    // The server regenerated the slots: the preview is fetched again and shows the new time.
    await screen.findByText("4 bookable times.", undefined, SLOW);
    expect(previewRequests(api)).toHaveLength(2);
    expect(dayGroups().at(-1)).toEqual({ day: "Friday, March 8", times: ["9:00 AM · Bridge 1:1"] });
    // A fresh form is ready for the next window.
    const next = screen.getByRole("form", { name: "Add a window" });
    expect((within(next).getByLabelText("Day") as HTMLSelectElement).value).toBe("");
  });

  it("shows the API's overlap error at the start field, and changes nothing", async () => {
    const api = fakeApi(
      on("MyAvailability", () => ({ data: { myExpertProfile: expert([monday]) } })),
      on("AvailabilityPreview", () => preview(firstSlots)),
      on("SaveAvailabilityWindow", () =>
        saved({
          window: null,
          userErrors: [
            {
              __typename: "UserError",
              code: "CONFLICT",
              field: ["input", "startTime"],
              message: "It overlaps another of your availability windows.",
            },
          ],
        }),
      ),
    );
    api.render(<AvailabilityPage />);
    await screen.findByText("3 bookable times.");
    const form = screen.getByRole("form", { name: "Add a window" });
    fireEvent.change(within(form).getByLabelText("Day"), { target: { value: "1" } });
    fireEvent.change(within(form).getByLabelText("From"), { target: { value: "11:00" } });
    fireEvent.change(within(form).getByLabelText("To"), { target: { value: "13:00" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add the window" }));

    const start = within(form).getByLabelText("From");
    await waitFor(() => expect(start.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = start.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe(
      "It overlaps another of your availability windows.",
    );
    expect(within(form).queryByRole("alert")).toBeNull();
    expect(windowRows()).toEqual(["Monday 09:00–12:00"]);
    expect(previewRequests(api)).toHaveLength(1);
  });

  it("refuses an end before the start without asking the API", async () => {
    const api = fakeApi(
      on("MyAvailability", () => ({ data: { myExpertProfile: expert([]) } })),
      on("AvailabilityPreview", () => preview([])),
    );
    api.render(<AvailabilityPage />);
    await screen.findByText("No window yet: add the first one below.");
    expect(await screen.findByText("Add a window to see the times it opens.")).toBeTruthy();
    const form = screen.getByRole("form", { name: "Add a window" });
    fireEvent.change(within(form).getByLabelText("From"), { target: { value: "15:00" } });
    fireEvent.change(within(form).getByLabelText("To"), { target: { value: "14:00" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add the window" }));
    await within(form).findByText("The end must be after the start.");
    expect(within(form).getByText("This field is required.")).toBeTruthy();
    expect(api.requests.map((r) => r.operationName)).not.toContain("SaveAvailabilityWindow");
  });

  it("lets an instructor without an expert profile create one, then edit windows", async () => {
    const api = fakeApi(
      on("MyAvailability", () => ({ data: { myExpertProfile: null } })),
      on("AvailabilityPreview", () => preview([])),
      on("CreateExpertProfile", () => ({
        data: {
          createExpertProfile: {
            __typename: "ExpertProfilePayload",
            expert: { ...expert([]), tutoringSessions: [] },
            userErrors: [],
          },
        },
      })),
    );
    api.render(<AvailabilityPage />);
    await screen.findByRole("heading", { name: "Become an expert" });
    fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "euro" } });
    fireEvent.click(screen.getByRole("button", { name: "Create my expert profile" }));
    await screen.findByText("Enter a three-letter currency code, e.g. EUR.");
    expect(api.requests.map((r) => r.operationName)).toEqual(["MyAvailability"]);

    fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "eur" } });
    fireEvent.change(screen.getByLabelText("Topics you teach"), { target: { value: "bridge, enchères ," } });
    fireEvent.change(screen.getByLabelText("Indicative hourly rate (EUR)"), { target: { value: "45,50" } });
    fireEvent.click(screen.getByRole("button", { name: "Create my expert profile" }));
    await screen.findByRole("form", { name: "Add a window" });
    expect(api.requests.find((r) => r.operationName === "CreateExpertProfile")?.variables).toEqual({
      input: { currency: "EUR", bio: null, expertiseAreas: ["bridge", "enchères"], hourlyRateCents: 4550 },
    });
    // No session yet: the page says why the preview stays empty.
    expect((await screen.findAllByText(/You have no active tutoring session/)).length).toBeGreaterThan(0);
  });
});

describe("window rules", () => {
  it("orders the week from Monday and checks times before the API does", () => {
    expect(
      sortWindows([wednesday, window("w0", 0, "08:00", "09:00"), monday]).map((w) => w.dayOfWeek),
    ).toEqual([1, 3, 0]);
    expect(windowErrors({ dayOfWeek: "2", startTime: "09:00", endTime: "00:00", timeZone: "UTC" })).toEqual(
      {},
    );
    expect(windowErrors({ dayOfWeek: "2", startTime: "09:00", endTime: "09:00", timeZone: "UTC" })).toEqual({
      endTime: "endBeforeStart",
    });
    expect(windowErrors({ dayOfWeek: "", startTime: "9h", endTime: "", timeZone: "" })).toEqual({
      dayOfWeek: "required",
      startTime: "badTime",
      endTime: "required",
      timeZone: "required",
    });
  });
});
