import { describe, expect, it } from "vitest";
import { gql, logIn } from "./support/api";
import { type Tab, useBrowser } from "./support/browser";

/** A learner who completes a free course with a certificate, through the API: the course issues it. */
async function earnCertificate(): Promise<{ code: string; holder: string; course: string }> {
  const suffix = Date.now().toString(36);
  const signUp = await gql<{ signUp: { tokens: { accessToken: string } | null } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { tokens { accessToken } userErrors { message } } }`,
    {
      input: {
        email: `marie.${suffix}@example.com`,
        password: "radioactivity 1903",
        firstName: "Marie",
        lastName: `Curie ${suffix}`,
      },
    },
  );
  const token = signUp.signUp.tokens?.accessToken;
  if (!token) throw new Error("Sign-up failed");
  const { course } = await gql<{
    course: { id: string; title: string; modules: Array<{ lessons: Array<{ id: string }> }> };
  }>(`{ course(slug: "python-data-analysis") { id title modules { lessons { id } } } }`, {}, token);
  await gql(
    `mutation ($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { enrollment { id } userErrors { message } } }`,
    { input: { courseId: course.id } },
    token,
  );
  let code: string | null = null;
  for (const lesson of course.modules.flatMap((module) => module.lessons)) {
    const done = await gql<{ updateLessonProgress: { certificate: { verificationCode: string } | null } }>(
      `mutation ($input: UpdateLessonProgressInput!) {
        updateLessonProgress(input: $input) { certificate { verificationCode } userErrors { message } }
      }`,
      { input: { lessonId: lesson.id, status: "COMPLETED" } },
      token,
    );
    code = done.updateLessonProgress.certificate?.verificationCode ?? code;
  }
  if (!code) throw new Error("Completing the course issued no certificate");
  return { code, holder: `Marie Curie ${suffix}`, course: course.title };
}

async function verify(tab: Tab, code: string) {
  await tab.page.getByLabel("Verification code").fill(code);
  await tab.page.getByRole("button", { name: "Verify" }).click();
}

describe("scenario 6: anyone can verify a certificate by its code", () => {
  const open = useBrowser();

  it("confirms a certificate earned by completing a course, and rejects a wrong code", async () => {
    const certificate = await earnCertificate();
    const tab = await open();
    const { page, errors } = tab;
    await page.goto("/");
    await page.getByRole("link", { name: "Verify a certificate" }).click();
    // Typed as a person would: lower case, in groups with dashes.
    await verify(tab, certificate.code.toLowerCase().replace(/(.{6})/g, "$1-"));
    const result = page.getByRole("region", { name: "This certificate is genuine and valid." });
    await result.getByText(certificate.course).waitFor();
    await result.getByText(certificate.holder).waitFor();

    await verify(tab, "AAAAAAAAAAAAAAAAAAAAAAAAAA");
    await page.getByRole("alert").filter({ hasText: "No certificate has this code." }).waitFor();
    expect(await result.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("confirms a seeded certificate", async () => {
    const token = await logIn("emma.wilson@campus.test");
    const data = await gql<{
      myCertificates: { nodes: Array<{ verificationCode: string; courseTitle: string }> };
    }>(`{ myCertificates(first: 10) { nodes { verificationCode courseTitle } } }`, {}, token);
    const seeded = data.myCertificates.nodes[0];
    if (!seeded) throw new Error("The demo data has no certificate for Emma");
    const tab = await open();
    await tab.page.goto("/certificates/verify");
    await verify(tab, seeded.verificationCode);
    await tab.page
      .getByRole("region", { name: "This certificate is genuine and valid." })
      .getByText(seeded.courseTitle)
      .waitFor();
  });
});
