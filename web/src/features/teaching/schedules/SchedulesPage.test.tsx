import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ScheduleFormOptionsQuery, ScheduleRow_CourseScheduleFragment } from "../../../gql/graphql";
import { fakeApi, money, on } from "../../../test/api";
import { SchedulesPage } from "./SchedulesPage";

type WireSchedule = ScheduleRow_CourseScheduleFragment & { __typename: "CourseSchedule" };
type Venue = ScheduleFormOptionsQuery["venues"]["nodes"][number];

const COURSE = "Q291cnNlOjE=";
const LYON = "VmVudWU6MQ==";

const courses = [
  {
    __typename: "Course",
    id: COURSE,
    title: "First Aid at Work",
    format: "IN_PERSON",
    status: "PUBLISHED",
    maxCapacity: 10,
  },
  {
    __typename: "Course",
    id: "Q291cnNlOjI=",
    title: "TypeScript basics",
    format: "SELF_PACED",
    status: "PUBLISHED",
    maxCapacity: null,
  },
  {
    __typename: "Course",
    id: "Q291cnNlOjM=",
    title: "Paediatric First Aid",
    format: "IN_PERSON",
    status: "DRAFT",
    maxCapacity: 6,
  },
] as const;

const lyon: Venue & { __typename: "Venue" } = {
  __typename: "Venue",
  id: LYON,
  name: "Campus Lyon Part-Dieu",
  city: "Lyon",
  capacity: 12,
  timezone: "Europe/Paris",
};

const schedule = (id: string, overrides: Partial<WireSchedule> = {}): WireSchedule => ({
  __typename: "CourseSchedule",
  id,
  status: "PUBLISHED",
  startsAt: "2030-03-04T08:00:00.000Z",
  endsAt: "2030-03-04T16:00:00.000Z",
  capacity: 10,
  seatsBooked: 3,
  seatsLeft: 7,
  viewerCanManage: true,
  price: money(19500),
  course: { __typename: "Course", id: COURSE, title: "First Aid at Work" } as WireSchedule["course"],
  venue: { ...lyon },
  ...overrides,
});

const mine = schedule("Q291cnNlU2NoZWR1bGU6MQ==");

const options = () => ({
  data: {
    viewer: {
      __typename: "User",
      id: "VXNlcjox",
      taughtCourses: { __typename: "TaughtCourseConnection", nodes: courses },
    },
    venues: { __typename: "VenueConnection", nodes: [lyon] },
  },
});

const listing = (nodes: WireSchedule[]) => ({
  data: {
    courseSchedules: {
      __typename: "CourseScheduleConnection",
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      nodes,
    },
  },
});

const payload = (name: string, result: WireSchedule | null, userErrors: unknown[] = []) => ({
  data: { [name]: { __typename: "CourseSchedulePayload", schedule: result, userErrors } },
});

function renderPage(...handlers: ReturnType<typeof on>[]) {
  const api = fakeApi(
    on("ScheduleFormOptions", options),
    on("TeachingSchedules", () => listing([mine])),
    ...handlers,
  );
  api.render(<SchedulesPage />);
  return api;
}

const form = () => screen.getByRole("form", { name: "Plan a schedule" });
const field = (label: string) => within(form()).getByLabelText(label) as HTMLInputElement;
const fieldError = (label: string) =>
  document.getElementById((field(label).getAttribute("aria-describedby") ?? "").split(" ").at(-1) ?? "")
    ?.textContent;

function fillForm(values: { startsAt: string; endsAt: string; capacity?: string }) {
  fireEvent.change(field("Course"), { target: { value: COURSE } });
  fireEvent.change(field("Venue"), { target: { value: LYON } });
  fireEvent.change(field("Starts"), { target: { value: values.startsAt } });
  fireEvent.change(field("Ends"), { target: { value: values.endsAt } });
  if (values.capacity !== undefined)
    fireEvent.change(field("Seats offered"), { target: { value: values.capacity } });
}

describe("SchedulesPage", () => {
  it("lists the schedules the instructor runs, with seats left, and offers only in-person courses", async () => {
    renderPage();
    const list = await screen.findByRole("list", { name: "Your upcoming schedules" });
    const row = await within(list).findByRole("listitem", {
      name: "First Aid at Work, Campus Lyon Part-Dieu",
    });
    expect(within(row).getByText("7 seats left")).toBeTruthy();
    expect(within(row).getByText("(3 booked of 10)")).toBeTruthy();
    expect(within(row).getByText("Published")).toBeTruthy();
    await screen.findByRole("form", { name: "Plan a schedule" });
    const offered = within(field("Course"))
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(offered).toEqual(["Choose a course", "First Aid at Work", "Paediatric First Aid (not published)"]);
  });

  it("takes the course's capacity as the default number of seats", async () => {
    renderPage();
    await screen.findByRole("form", { name: "Plan a schedule" });
    fireEvent.change(field("Course"), { target: { value: COURSE } });
    expect(field("Seats offered").value).toBe("10");
    fireEvent.change(field("Course"), { target: { value: "Q291cnNlOjM=" } });
    expect(field("Seats offered").value).toBe("6");
  });

  it("refuses an end before the start and a capacity the venue cannot hold, without asking the API", async () => {
    const api = renderPage();
    await screen.findByRole("form", { name: "Plan a schedule" });
    fillForm({ startsAt: "2030-03-04T14:00", endsAt: "2030-03-04T09:00", capacity: "13" });
    fireEvent.click(screen.getByRole("button", { name: "Plan the schedule" }));
    await waitFor(() => expect(fieldError("Ends")).toBe("The end must be after the start."));
    expect(fieldError("Seats offered")).toBe("The venue holds 12 seats at most.");

    fireEvent.change(field("Seats offered"), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Plan the schedule" }));
    await waitFor(() =>
      expect(fieldError("Seats offered")).toBe("Enter a whole number of seats, at least 1."),
    );
    expect(api.requests.map((r) => r.operationName)).not.toContain("CreateCourseSchedule");
  });

  it("shows the venue overlap the API reports at the start field", async () => {
    renderPage(
      on("CreateCourseSchedule", () =>
        payload("createCourseSchedule", null, [
          {
            __typename: "UserError",
            code: "CONFLICT",
            field: ["input", "startsAt"],
            message: "The venue already has a schedule at that time. Pick another time or venue.",
          },
        ]),
      ),
    );
    await screen.findByRole("form", { name: "Plan a schedule" });
    fillForm({ startsAt: "2030-03-04T09:00", endsAt: "2030-03-04T17:00" });
    fireEvent.click(screen.getByRole("button", { name: "Plan the schedule" }));
    await waitFor(() =>
      expect(fieldError("Starts")).toBe(
        "The venue already has a schedule at that time. Pick another time or venue.",
      ),
    );
    expect(field("Starts").getAttribute("aria-invalid")).toBe("true");
  });

  it("plans a draft in the venue's time, lists it, then publishes it", async () => {
    const draft = schedule("Q291cnNlU2NoZWR1bGU6Mw==", {
      status: "DRAFT",
      seatsBooked: 0,
      seatsLeft: 10,
      startsAt: "2030-03-11T08:00:00.000Z",
      endsAt: "2030-03-11T16:00:00.000Z",
    });
    // The API's listing of the runs the viewer manages, drafts included.
    let planned: WireSchedule | null = null;
    const api = renderPage(
      on("CreateCourseSchedule", () => {
        planned = draft;
        return payload("createCourseSchedule", draft);
      }),
      on("PublishCourseSchedule", () => {
        planned = { ...draft, status: "PUBLISHED" };
        return payload("publishCourseSchedule", planned);
      }),
      on("TeachingSchedules", () => listing(planned ? [mine, planned] : [mine])),
    );
    await screen.findByRole("form", { name: "Plan a schedule" });
    fillForm({ startsAt: "2030-03-11T09:00", endsAt: "2030-03-11T17:00" });
    fireEvent.click(screen.getByRole("button", { name: "Plan the schedule" }));
    await screen.findByText("Draft saved. Publish it when it is ready for booking.");
    // Lyon is an hour ahead of UTC in March: 09:00 there is 08:00Z.
    expect(api.requests.find((r) => r.operationName === "CreateCourseSchedule")?.variables).toEqual({
      input: {
        courseId: COURSE,
        venueId: LYON,
        startsAt: "2030-03-11T08:00:00.000Z",
        endsAt: "2030-03-11T16:00:00.000Z",
        capacity: 10,
        publish: false,
      },
    });

    const list = screen.getByRole("list", { name: "Your upcoming schedules" });
    const draftRow = () => list.querySelector(`[data-schedule="${draft.id}"]`) as HTMLElement;
    await waitFor(() => expect(draftRow()).toBeTruthy());
    expect(within(draftRow()).getByText("Draft")).toBeTruthy();

    fireEvent.click(within(draftRow()).getByRole("button", { name: "Publish" }));
    await waitFor(() => expect(within(draftRow()).getByText("Published")).toBeTruthy());
    // The listing was fetched again after planning and after publishing, and holds it once.
    await waitFor(() =>
      expect(api.requests.filter((r) => r.operationName === "TeachingSchedules")).toHaveLength(3),
    );
    await waitFor(() => expect(list.querySelectorAll(`[data-schedule="${draft.id}"]`)).toHaveLength(1));
  });

  it("cancels a schedule with a reason, and asks for one first", async () => {
    const api = renderPage(
      on("CancelCourseSchedule", () => payload("cancelCourseSchedule", { ...mine, status: "CANCELLED" })),
    );
    const row = await screen.findByRole("listitem", { name: "First Aid at Work, Campus Lyon Part-Dieu" });
    fireEvent.click(within(row).getByRole("button", { name: "Cancel the schedule" }));
    fireEvent.click(within(row).getByRole("button", { name: "Cancel it" }));
    expect(within(row).getByRole("alert").textContent).toBe("Say why, for the people who booked.");
    expect(api.requests.map((r) => r.operationName)).not.toContain("CancelCourseSchedule");

    fireEvent.change(within(row).getByLabelText("Why? (told to everyone who booked)"), {
      target: { value: "Trainer ill" },
    });
    fireEvent.click(within(row).getByRole("button", { name: "Cancel it" }));
    await within(row).findByText("Cancelled");
    expect(api.requests.find((r) => r.operationName === "CancelCourseSchedule")?.variables).toEqual({
      input: { scheduleId: mine.id, reason: "Trainer ill" },
    });
    expect(within(row).queryByRole("button", { name: "Cancel the schedule" })).toBeNull();
  });
});
