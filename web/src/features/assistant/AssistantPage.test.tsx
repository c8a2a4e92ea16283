import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeApi, on } from "../../test/api";
import { AssistantPage } from "./AssistantPage";
import { CONVERSATION_ID, conversationFixture, messageFixture, NO_PROVIDER } from "./assistant.fixtures";

const conversations = (nodes: unknown[]) => ({
  data: { aiConversations: { __typename: "AiConversationConnection", totalCount: nodes.length, nodes } },
});
const enrollments = {
  data: {
    myEnrollments: {
      __typename: "EnrollmentConnection",
      nodes: [
        {
          __typename: "Enrollment",
          id: "RW5yb2xsbWVudDox",
          course: { __typename: "Course", id: "Q291cnNlOjE=", title: "TypeScript from Zero to Production" },
        },
      ],
    },
  },
};

describe("AssistantPage", () => {
  it("shows the API's no-provider answer as a notice, keeps the question and invents no reply", async () => {
    const api = fakeApi(
      on("AssistantConversations", () => conversations([])),
      on("AssistantCourses", () => enrollments),
      on("SendAssistantMessage", () => NO_PROVIDER),
    );
    api.render(<AssistantPage />, { path: "/assistant?lessonId=TGVzc29uOjE%3D", route: "/assistant" });
    expect(await screen.findByText("No conversation yet.")).toBeTruthy();
    await screen.findByRole("option", { name: "TypeScript from Zero to Production" });
    fireEvent.change(screen.getByLabelText("About"), { target: { value: "Q291cnNlOjE=" } });
    const question = screen.getByLabelText("Your question") as HTMLTextAreaElement;
    fireEvent.change(question, { target: { value: "What is a generic?" } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));

    const notice = await screen.findByRole("alert");
    expect(within(notice).getByText("The assistant is not available.")).toBeTruthy();
    expect(
      within(notice).getByText("The AI assistant is not configured on this server (set ASSISTANT_API_URL)."),
    ).toBeTruthy();
    expect(question.value).toBe("What is a generic?");
    expect(screen.queryByRole("list", { name: "Messages" })).toBeNull();
    expect(api.requests.find((r) => r.operationName === "SendAssistantMessage")?.variables).toEqual({
      input: { content: "What is a generic?", courseId: "Q291cnNlOjE=", lessonId: null },
    });
  });

  it("asks for a question before sending anything", async () => {
    const api = fakeApi(
      on("AssistantConversations", () => conversations([])),
      on("AssistantCourses", () => enrollments),
    );
    api.render(<AssistantPage />, { path: "/assistant", route: "/assistant" });
    fireEvent.change(await screen.findByLabelText("Your question"), { target: { value: "   " } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(await screen.findByText("Write a question first.")).toBeTruthy();
    expect(api.requests.some((r) => r.operationName === "SendAssistantMessage")).toBe(false);
  });

  it("continues a conversation: the reply appears after the question without a refetch", async () => {
    const api = fakeApi(
      on("AssistantConversations", () => conversations([conversationFixture()])),
      on("AssistantConversation", () => ({
        data: {
          node: {
            ...conversationFixture(),
            messages: {
              __typename: "AiMessageConnection",
              nodes: [
                messageFixture("QWlNZXNzYWdlOjE="),
                messageFixture("QWlNZXNzYWdlOjI=", {
                  role: "ASSISTANT",
                  content: "A type with a parameter.",
                }),
              ],
            },
          },
        },
      })),
      on("SendAssistantMessage", () => ({
        data: {
          sendAssistantMessage: {
            __typename: "SendAssistantMessagePayload",
            conversation: conversationFixture({ messageCount: 4 }),
            message: messageFixture("QWlNZXNzYWdlOjM=", { content: "An example?" }),
            reply: messageFixture("QWlNZXNzYWdlOjQ=", { role: "ASSISTANT", content: "Array<string>." }),
            userErrors: [],
          },
        },
      })),
    );
    api.render(<AssistantPage />, {
      path: `/assistant?conversation=${encodeURIComponent(CONVERSATION_ID)}`,
      route: "/assistant",
    });
    const messages = await screen.findByRole("list", { name: "Messages" });
    expect(within(messages).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.queryByLabelText("About")).toBeNull();
    fireEvent.change(screen.getByLabelText("Your question"), { target: { value: "An example?" } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(await within(messages).findByText("Array<string>.")).toBeTruthy();
    expect(within(messages).getAllByRole("listitem")).toHaveLength(4);
    expect(api.requests.find((r) => r.operationName === "SendAssistantMessage")?.variables).toEqual({
      input: { conversationId: CONVERSATION_ID, content: "An example?" },
    });
    expect(api.requests.filter((r) => r.operationName === "AssistantConversation")).toHaveLength(1);
    expect(screen.getByRole("link", { name: /Lesson help/ }).textContent).toMatch(/4 messages/);
  });
});
