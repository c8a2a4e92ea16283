import { describe, expect, it } from "vitest";
import { auditEntityType } from "./audit-log.js";

describe("auditEntityType", () => {
  it("names every audited kind by its GraphQL type, whatever the spelling", () => {
    expect(auditEntityType("course_review")).toBe("CourseReview");
    expect(auditEntityType("CourseReview")).toBe("CourseReview");
    expect(auditEntityType("user")).toBe("User");
    expect(auditEntityType("api_key")).toBe("ApiKey");
    expect(auditEntityType(" instructor_application ")).toBe("InstructorApplication");
    expect(auditEntityType("module")).toBe("CourseModule");
    expect(auditEntityType("payment_transaction")).toBe("Payment");
    expect(auditEntityType("quiz_question")).toBe("QuizQuestion");
  });
});
