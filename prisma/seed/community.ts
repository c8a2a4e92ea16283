// catalog, the social side: resources and favorites, wishlists, reviews and discussions
// (data/community.ts). Review and favorite counters are recomputed by counters.ts.
import type { Prisma } from "../../api/src/generated/prisma/client.js";
import { type SeedContext, stamps } from "./context.js";
import { discussions, favorites, resources, reviews, wishlist } from "./data/community.js";
import { enrollmentDef } from "./data/enrollments.js";
import { seedId } from "./ids.js";
import { courseId, resourceId, userId } from "./refs.js";

export async function seedCommunity(ctx: SeedContext): Promise<void> {
  const { prisma } = ctx;
  await prisma.resource.createMany({
    skipDuplicates: true,
    data: resources.map((r) => ({
      id: resourceId(r.key),
      title: r.title,
      description: r.description,
      type: r.type,
      categories: r.categories,
      tags: r.tags,
      url: `https://cdn.campus.test/resources/${r.key}.${r.type === "notebook" ? "ipynb" : "pdf"}`,
      thumbnailUrl: `https://cdn.campus.test/resources/${r.key}.png`,
      author: r.author,
      featured: r.featured,
      // No table records downloads or resource ratings, so these stay plain figures.
      downloadCount: r.downloads,
      courseId: r.slug ? courseId(r.slug) : null,
      restricted: r.restricted,
      createdById: userId(r.owner),
      fileSize: r.fileSize,
      ...stamps(ctx.day(-r.daysAgo, 11)),
    })),
  });
  await prisma.favorite.createMany({
    skipDuplicates: true,
    data: favorites.map(([who, key], i) => ({
      id: seedId(`favorite:${who}:${key}`),
      userId: userId(who),
      resourceId: resourceId(key),
      ...stamps(ctx.day(-(i * 3 + 2), 20)),
    })),
  });
  await prisma.wishlistItem.createMany({
    skipDuplicates: true,
    data: wishlist.map(([who, slug, daysAgo]) => ({
      id: seedId(`wishlist:${who}:${slug}`),
      userId: userId(who),
      courseId: courseId(slug),
      ...stamps(ctx.day(-daysAgo, 21)),
    })),
  });
  await prisma.courseReview.createMany({
    skipDuplicates: true,
    data: reviews.map((r) => {
      enrollmentDef(r.who, r.slug); // throws if the reviewer never enrolled
      return {
        id: seedId(`review:${r.who}:${r.slug}`),
        courseId: courseId(r.slug),
        userId: userId(r.who),
        rating: r.rating,
        content: r.content,
        ...stamps(ctx.day(-r.daysAgo, 18)),
      };
    }),
  });

  const posts: Prisma.CourseDiscussionCreateManyInput[] = [];
  for (const d of discussions) {
    const threadId = seedId(`discussion:${d.key}`);
    posts.push({
      id: threadId,
      courseId: courseId(d.slug),
      userId: userId(d.who),
      title: d.title ?? null,
      content: d.content,
      ...stamps(ctx.day(-d.daysAgo, 19)),
    });
    d.replies.forEach((r, i) => {
      posts.push({
        id: seedId(`discussion:${d.key}:reply:${i}`),
        courseId: courseId(d.slug),
        userId: userId(r.who),
        content: r.content,
        parentId: threadId,
        ...stamps(ctx.day(-r.daysAgo, 9)),
      });
    });
  }
  // Threads precede their replies in the array, so the self-reference is satisfied in one statement.
  await prisma.courseDiscussion.createMany({ data: posts, skipDuplicates: true });
}
