import { describe, expect, it } from "vitest";
import { normalizeLanguage, scoreOf, verdictOf } from "./judge.rules.js";

describe("judge rules", () => {
  it("accepts only when every test passed, else reports the first failure", () => {
    expect(verdictOf(["PASSED", "PASSED"])).toBe("ACCEPTED");
    expect(verdictOf(["PASSED", "WRONG_ANSWER", "RUNTIME_ERROR"])).toBe("WRONG_ANSWER");
    expect(verdictOf(["TIME_LIMIT", "SKIPPED"])).toBe("TIME_LIMIT");
    expect(verdictOf(["PASSED", "MEMORY_LIMIT", "SKIPPED"])).toBe("MEMORY_LIMIT");
    expect(verdictOf([])).toBe("RUNTIME_ERROR");
  });

  it("scores in proportion to the tests passed", () => {
    expect(scoreOf(100, 3, 5)).toBe(60);
    expect(scoreOf(100, 5, 5)).toBe(100);
    expect(scoreOf(100, 0, 0)).toBe(0);
  });

  it("folds language aliases", () => {
    expect(normalizeLanguage(" JS ")).toBe("javascript");
    expect(normalizeLanguage("Node")).toBe("javascript");
    expect(normalizeLanguage("TypeScript")).toBe("typescript");
  });
});
