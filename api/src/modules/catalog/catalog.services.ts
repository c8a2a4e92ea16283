import type { CampusPrisma } from "../../db/client.js";
import { CatalogService } from "./catalog.service.js";
import { CodeChallengeService } from "./code-challenge.service.js";
import { CourseAuthoringService } from "./course-authoring.service.js";
import { CurriculumAuthoringService } from "./curriculum-authoring.service.js";
import { DiscussionsService } from "./discussions.service.js";
import { QuizAuthoringService } from "./quiz-authoring.service.js";
import { ResourcesService } from "./resources.service.js";
import { ReviewsService } from "./reviews.service.js";
import { WishlistService } from "./wishlist.service.js";

/** The catalog's services, spread into the app's service registry (services.ts). */
export function createCatalogServices(deps: { prisma: CampusPrisma }) {
  return {
    catalog: new CatalogService(deps),
    courseAuthoring: new CourseAuthoringService(deps),
    curriculum: new CurriculumAuthoringService(deps),
    reviews: new ReviewsService(deps),
    resources: new ResourcesService(deps),
    wishlist: new WishlistService(deps),
    discussions: new DiscussionsService(deps),
    quizzes: new QuizAuthoringService(deps),
    codeChallenges: new CodeChallengeService(deps),
  };
}
