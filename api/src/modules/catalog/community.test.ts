import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCatalogCourse,
  createInstructor,
  enroll,
  gid,
  tokenFor,
} from "../../../test/catalog-factories.js";
import { createUser } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/server.js";

let server: TestServer;
const ERR = "userErrors { field message code }";

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("course discussions", () => {
  it("lets students and the instructor post; replies thread under their thread", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const course = await createCatalogCourse(p, { instructorId: teacher.id });
    const student = await createUser(p);
    await enroll(p, student.id, course.id);
    const [studentToken, teacherToken] = [
      tokenFor(server.app.config, student),
      tokenFor(server.app.config, teacher),
    ];
    const thread = await server.gql<{ createCourseDiscussion: { discussion: { id: string } } }>(
      `mutation ($input: CreateCourseDiscussionInput!) { createCourseDiscussion(input: $input) { discussion { id } ${ERR} } }`,
      { input: { courseId: gid("Course", course.id), title: "Question", content: "How do generics work?" } },
      { token: studentToken },
    );
    const threadId = thread.data!.createCourseDiscussion.discussion.id;
    const REPLY = `mutation ($input: ReplyToCourseDiscussionInput!) { replyToCourseDiscussion(input: $input) { discussion { id parent { id } } ${ERR} } }`;
    const reply = await server.gql<{
      replyToCourseDiscussion: { discussion: { id: string; parent: { id: string } } };
    }>(REPLY, { input: { discussionId: threadId, content: "Like templates." } }, { token: teacherToken });
    const replyId = reply.data!.replyToCourseDiscussion.discussion.id;
    const nested = await server.gql<{ replyToCourseDiscussion: { discussion: { parent: { id: string } } } }>(
      REPLY,
      { input: { discussionId: replyId, content: "Thanks!" } },
      { token: studentToken },
    );
    expect(nested.data!.replyToCourseDiscussion.discussion.parent.id).toBe(threadId);

    const outsider = await createUser(p);
    const denied = await server.gql(
      `mutation ($input: CreateCourseDiscussionInput!) { createCourseDiscussion(input: $input) { discussion { id } } }`,
      { input: { courseId: gid("Course", course.id), title: "Spam", content: "Buy now" } },
      { token: tokenFor(server.app.config, outsider) },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const FORUM = `query ($id: ID) { course(id: $id) { discussions { totalCount nodes { title replies { totalCount nodes { content } } } } } }`;
    const forum = await server.gql<{
      course: {
        discussions: {
          totalCount: number;
          nodes: { replies: { totalCount: number; nodes: { content: string }[] } }[];
        };
      };
    }>(FORUM, { id: gid("Course", course.id) }, { token: studentToken });
    expect(forum.data!.course.discussions.totalCount).toBe(1);
    expect(forum.data!.course.discussions.nodes[0]!.replies.nodes.map((r) => r.content)).toEqual([
      "Like templates.",
      "Thanks!",
    ]);
    const hidden = await server.gql<{ course: { discussions: null } }>(FORUM, {
      id: gid("Course", course.id),
    });
    expect(hidden.data!.course.discussions).toBeNull();

    const DELETE = `mutation ($input: DeleteCourseDiscussionInput!) { deleteCourseDiscussion(input: $input) { deletedDiscussionId ${ERR} } }`;
    const notAuthor = await server.gql(DELETE, { input: { discussionId: replyId } }, { token: studentToken });
    expect(notAuthor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byInstructor = await server.gql<{ deleteCourseDiscussion: { deletedDiscussionId: string } }>(
      DELETE,
      { input: { discussionId: threadId } },
      { token: teacherToken },
    );
    expect(byInstructor.data!.deleteCourseDiscussion.deletedDiscussionId).toBe(threadId);
    expect(await p.courseDiscussion.count({ where: { courseId: course.id } })).toBe(0);
  });
});

describe("wishlist and favorites", () => {
  it("saves courses and resources idempotently, keeps favorite counts exact, and keeps lists private", async () => {
    const p = server.app.prisma;
    const course = await createCatalogCourse(p, { title: "Wished" });
    const resource = await p.resource.create({
      data: {
        title: "Cheat sheet",
        description: "d",
        type: "pdf",
        url: "https://x.test/a.pdf",
        author: "A",
        restricted: true,
        courseId: course.id,
      },
    });
    const [ann, bob] = [await createUser(p), await createUser(p)];
    const annToken = tokenFor(server.app.config, ann);
    const WISH = `mutation ($input: WishlistCourseInput!) { addCourseToWishlist(input: $input) { course { viewerHasWishlisted } ${ERR} } }`;
    for (let i = 0; i < 2; i++) {
      const res = await server.gql<{ addCourseToWishlist: { course: { viewerHasWishlisted: boolean } } }>(
        WISH,
        { input: { courseId: gid("Course", course.id) } },
        { token: annToken },
      );
      expect(res.data!.addCourseToWishlist.course.viewerHasWishlisted).toBe(true);
    }
    const FAV = `mutation ($input: FavoriteResourceInput!) { favoriteResource(input: $input) { resource { favoriteCount viewerHasFavorited url viewerCanAccess } ${ERR} } }`;
    const favorite = (token: string) =>
      server.gql<{
        favoriteResource: {
          resource: { favoriteCount: number; url: string | null; viewerCanAccess: boolean };
        };
      }>(FAV, { input: { resourceId: gid("Resource", resource.id) } }, { token });
    await favorite(annToken);
    await favorite(annToken);
    const both = await favorite(tokenFor(server.app.config, bob));
    // Restricted course resource: saved, but its URL needs enrollment.
    expect(both.data!.favoriteResource.resource).toMatchObject({
      favoriteCount: 2,
      url: null,
      viewerCanAccess: false,
    });

    const SAVED = `query { viewer { wishlist { totalCount nodes { course { title } } } favoriteResources { totalCount nodes { resource { title } } } } }`;
    const saved = await server.gql<{
      viewer: {
        wishlist: { totalCount: number; nodes: { course: { title: string } }[] };
        favoriteResources: { totalCount: number };
      };
    }>(SAVED, {}, { token: annToken });
    expect(saved.data!.viewer.wishlist).toEqual({ totalCount: 1, nodes: [{ course: { title: "Wished" } }] });
    expect(saved.data!.viewer.favoriteResources.totalCount).toBe(1);
    const others = await server.gql<{ node: { wishlist: null } }>(
      `query ($id: ID!) { node(id: $id) { ... on User { wishlist { totalCount } } } }`,
      { id: gid("User", ann.id) },
      { token: tokenFor(server.app.config, await createInstructor(p)) },
    );
    // A student's profile is not visible to other users at all; the list would be null anyway.
    expect(others.data?.node ?? null).toBeNull();

    await server.gql(
      `mutation ($input: FavoriteResourceInput!) { unfavoriteResource(input: $input) { resource { favoriteCount } } }`,
      { input: { resourceId: gid("Resource", resource.id) } },
      { token: annToken },
    );
    expect((await p.resource.findUniqueOrThrow({ where: { id: resource.id } })).favoriteCount).toBe(1);
  });
});

describe("resources", () => {
  it("lets a course's instructor attach resources and instructors publish standalone ones", async () => {
    const p = server.app.prisma;
    const teacher = await createInstructor(p);
    const token = tokenFor(server.app.config, teacher);
    const course = await createCatalogCourse(p, { instructorId: teacher.id });
    const CREATE = `mutation ($input: CreateResourceInput!) { createResource(input: $input) { resource { id title author course { id } } ${ERR} } }`;
    const attached = await server.gql<{
      createResource: { resource: { course: { id: string } | null; author: string } };
    }>(
      CREATE,
      {
        input: {
          courseId: gid("Course", course.id),
          title: "Slides",
          description: "Week 1",
          type: "pdf",
          url: "https://x.test/s.pdf",
        },
      },
      { token },
    );
    expect(attached.data!.createResource.resource.course!.id).toBe(gid("Course", course.id));
    expect(attached.data!.createResource.resource.author).toBe("Test User");
    const standalone = await server.gql<{ createResource: { resource: { course: null } } }>(
      CREATE,
      {
        input: {
          title: "Glossary",
          description: "Terms",
          type: "pdf",
          url: "https://x.test/g.pdf",
          author: "Campus",
        },
      },
      { token },
    );
    expect(standalone.data!.createResource.resource.course).toBeNull();
    const bad = await server.gql<{ createResource: { userErrors: { field: string[] }[] } }>(
      CREATE,
      { input: { title: "", description: "x", type: "pdf", url: "https://x.test/g.pdf" } },
      { token },
    );
    expect(bad.data!.createResource.userErrors[0]!.field).toEqual(["input", "title"]);
    const student = tokenFor(server.app.config, await createUser(p));
    const denied = await server.gql(
      CREATE,
      { input: { title: "x", description: "x", type: "pdf", url: "https://x.test/x.pdf" } },
      { token: student },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const listed = await server.gql<{ resources: { totalCount: number } }>(`{ resources { totalCount } }`);
    expect(listed.data!.resources.totalCount).toBeGreaterThanOrEqual(2);
  });
});
