import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/connection.js";
import {
  CourseFormatEnum,
  CourseOrderFieldEnum,
  OrderDirectionEnum,
  SkillLevelEnum,
} from "./catalog.enums.js";
import { Course, type CourseSource } from "./catalog.types.js";

@InputType({ description: "A price range in cents; both ends inclusive and optional." })
export class PriceRangeInput {
  @Field(() => Int, { nullable: true, description: "Lowest price in cents (≥ 0)." })
  minCents?: number | null;

  @Field(() => Int, { nullable: true, description: "Highest price in cents (≥ minCents)." })
  maxCents?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Only courses priced in this ISO 4217 currency (prices in different currencies are not comparable).",
  })
  currency?: string | null;
}

@InputType({
  description:
    "Narrows the course list. Every given condition must hold; a list matches any of its values (tags: all of them).",
})
export class CourseFilter {
  @Field(() => [String], { nullable: true, description: "Any of these categories." })
  category?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Any of these subcategories." })
  subcategory?: string[] | null;

  @Field(() => [SkillLevelEnum], { nullable: true, description: "Any of these levels." })
  level?: SkillLevelEnum[] | null;

  @Field(() => [CourseFormatEnum], { nullable: true, description: "Any of these formats." })
  format?: CourseFormatEnum[] | null;

  @Field(() => PriceRangeInput, { nullable: true, description: "Price range." })
  price?: PriceRangeInput | null;

  @Field(() => Boolean, { nullable: true, description: "Only free courses (price zero) when true." })
  freeOnly?: boolean | null;

  @Field(() => [String], { nullable: true, description: "Courses carrying all of these tags." })
  tags?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Any of these languages (BCP 47, e.g. en, fr)." })
  language?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Courses taught by this instructor (a User id)." })
  instructorId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Courses that do (true) or do not (false) award a certificate.",
  })
  hasCertificate?: boolean | null;
}

@InputType({ description: "Order of the course list." })
export class CourseOrder {
  @Field(() => CourseOrderFieldEnum, { description: "What to sort by." })
  field!: CourseOrderFieldEnum;

  @Field(() => OrderDirectionEnum, {
    nullable: true,
    description: "Direction; defaults to ascending for PRICE and descending for the others.",
  })
  direction?: OrderDirectionEnum | null;
}

@ObjectType({ description: "An edge in a CourseConnection." })
export class CourseEdge {
  @Field(() => String, { description: "Opaque cursor of this edge, for `after` / `before`." })
  cursor!: string;

  @Field(() => Course, { description: "The Course at the end of the edge." })
  node!: CourseSource;
}

@ObjectType({ description: "Number of matching courses in one category." })
export class CategoryFacet {
  @Field(() => String, { description: "The category." })
  category!: string;

  @Field(() => Int, { description: "Matching courses in it." })
  count!: number;
}

@ObjectType({ description: "Number of matching courses at one level." })
export class LevelFacet {
  @Field(() => SkillLevelEnum, { description: "The level." })
  level!: SkillLevelEnum;

  @Field(() => Int, { description: "Matching courses at it." })
  count!: number;
}

@ObjectType({
  description:
    "Counts for refining a course search. Each facet applies the query and every filter except its own, so choosing a category still shows the other categories' counts.",
})
export class CourseFacets {
  @Field(() => [CategoryFacet], { description: "Courses per category, most first." })
  categories!: CategoryFacet[];

  @Field(() => [LevelFacet], { description: "Courses per level, most first." })
  levels!: LevelFacet[];
}

@ObjectType({ description: "A page of courses, with facet counts for the same search." })
export class CourseConnection {
  @Field(() => [CourseEdge], { description: "The edges of this page." })
  edges!: CourseEdge[];

  @Field(() => [Course], { description: "The nodes of this page, when cursors are not needed." })
  nodes!: CourseSource[];

  @Field(() => PageInfo, { description: "Paging information." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Number of courses matching the query and filters, over all pages." })
  totalCount!: Promise<number>;

  @Field(() => CourseFacets, {
    description: "Counts per category and level for the current query and filters.",
  })
  facets!: Promise<CourseFacets>;
}
