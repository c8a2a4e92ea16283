import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { type Slot, SlotPicker } from "./SlotPicker";

const SESSION = "VHV0b3JpbmdTZXNzaW9uOjE=";

const slot = (id: string, startsAt: string, overrides: Partial<Slot> = {}) => ({
  __typename: "BookableSlot" as const,
  id,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
  status: "AVAILABLE" as const,
  seatsLeft: 1,
  capacity: 1,
  ...overrides,
});

const slots = [
  slot("slot-a", "2030-03-04T09:00:00.000Z"),
  slot("slot-b", "2030-03-04T23:30:00.000Z"),
  slot("slot-c", "2030-03-05T14:00:00.000Z", { capacity: 4, seatsLeft: 3 }),
];

function Harness({ initialZone }: { initialZone: string }) {
  const [timeZone, setTimeZone] = useState(initialZone);
  const [selected, setSelected] = useState<Slot | null>(null);
  return (
    <>
      <SlotPicker
        tutoringSessionId={SESSION}
        timeZone={timeZone}
        onTimeZoneChange={setTimeZone}
        selected={selected}
        onSelect={setSelected}
      />
      <output>{selected ? `chosen ${selected.id}` : "none chosen"}</output>
    </>
  );
}

function renderPicker(initialZone = "Europe/London") {
  const api = fakeApi(
    on("AvailableSlots", () => ({
      data: {
        availableSlots: { __typename: "BookableSlotConnection", totalCount: slots.length, nodes: slots },
      },
    })),
  );
  api.render(<Harness initialZone={initialZone} />);
  return api;
}

const dayGroups = () =>
  screen.getAllByRole("group").map((group) => ({
    day: group.querySelector("legend")?.textContent,
    times: within(group)
      .getAllByRole("radio")
      .map((radio) => radio.closest("label")?.textContent),
  }));

describe("SlotPicker", () => {
  it("groups the times by day in the visitor's time zone", async () => {
    renderPicker("Europe/London");
    await screen.findAllByRole("radio");
    expect(dayGroups()).toEqual([
      { day: "Monday, March 4", times: ["9:00 AM", "11:30 PM"] },
      { day: "Tuesday, March 5", times: ["2:00 PM · 3 seats left"] },
    ]);
    expect(screen.getByText(/Times are shown in Europe\/London\./)).toBeTruthy();
  });

  it("moves the times to another zone without asking the API again", async () => {
    const api = renderPicker("Europe/London");
    await screen.findAllByRole("radio");
    fireEvent.change(screen.getByLabelText("Time zone"), { target: { value: "Asia/Tokyo" } });
    expect(dayGroups()).toEqual([
      { day: "Monday, March 4", times: ["6:00 PM"] },
      { day: "Tuesday, March 5", times: ["8:30 AM", "11:00 PM · 3 seats left"] },
    ]);
    expect(api.requests.filter((r) => r.operationName === "AvailableSlots")).toHaveLength(1);
  });

  it("drops a time the moment someone else books it, and says so if it was the chosen one", async () => {
    const api = renderPicker();
    fireEvent.click((await screen.findAllByRole("radio"))[1] as HTMLElement);
    expect(screen.getByText("chosen slot-b")).toBeTruthy();
    expect(api.subscribers("SlotAvailabilityChanged")).toBe(1);

    act(() => {
      api.push("SlotAvailabilityChanged", {
        slotAvailabilityChanged: {
          __typename: "SlotAvailabilityChange",
          reason: "BOOKED",
          slot: { ...slots[1], status: "FULL", seatsLeft: 0 },
        },
      });
    });

    await waitFor(() => expect(screen.getAllByRole("radio")).toHaveLength(2));
    expect(screen.queryByRole("radio", { name: "11:30 PM" })).toBeNull();
    expect((await screen.findByRole("alert")).textContent).toBe("This time was just booked by someone else.");
    expect(screen.getByText("none chosen")).toBeTruthy();
  });

  it("updates the seats of a group slot in place when one seat of several goes", async () => {
    const api = renderPicker();
    await screen.findAllByRole("radio");
    act(() => {
      api.push("SlotAvailabilityChanged", {
        slotAvailabilityChanged: {
          __typename: "SlotAvailabilityChange",
          reason: "BOOKED",
          slot: { ...slots[2], seatsLeft: 1 },
        },
      });
    });
    expect(await screen.findByText(/1 seat left/)).toBeTruthy();
    expect(screen.getAllByRole("radio")).toHaveLength(3);
  });

  it("says when there is no time to book", async () => {
    const api = fakeApi(
      on("AvailableSlots", () => ({
        data: { availableSlots: { __typename: "BookableSlotConnection", totalCount: 0, nodes: [] } },
      })),
    );
    api.render(<Harness initialZone="UTC" />);
    expect(await screen.findByText("No time is available in the next weeks. Check back later.")).toBeTruthy();
  });
});
