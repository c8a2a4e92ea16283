import { registerEnumType } from "type-graphql";

export enum CourseFormatEnum {
  SELF_PACED = "SELF_PACED",
  LIVE_GROUP = "LIVE_GROUP",
  IN_PERSON = "IN_PERSON",
  INDIVIDUAL = "INDIVIDUAL",
}
registerEnumType(CourseFormatEnum, {
  name: "CourseFormat",
  description: "How a course is delivered.",
  valuesConfig: {
    SELF_PACED: { description: "Recorded lessons taken at the student's pace." },
    LIVE_GROUP: { description: "Live online sessions with a group." },
    IN_PERSON: { description: "In-person training at a venue on a schedule." },
    INDIVIDUAL: { description: "A custom one-to-one course built from an inquiry and a quote." },
  },
});

export enum CourseStatusEnum {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  PRIVATE = "PRIVATE",
  ARCHIVED = "ARCHIVED",
}
registerEnumType(CourseStatusEnum, {
  name: "CourseStatus",
  description: "Publication state of a course.",
  valuesConfig: {
    DRAFT: { description: "Being written; only the instructor and admins see it." },
    PUBLISHED: { description: "Listed in the catalog and open to everyone." },
    PRIVATE: { description: "Not listed; visible to its instructor, admins and enrolled students." },
    ARCHIVED: { description: "Retired; visible to its instructor, admins and enrolled students." },
  },
});

export enum SkillLevelEnum {
  BEGINNER = "BEGINNER",
  INTERMEDIATE = "INTERMEDIATE",
  ADVANCED = "ADVANCED",
  EXPERT = "EXPERT",
}
registerEnumType(SkillLevelEnum, { name: "SkillLevel", description: "Level of a course or learner." });

export enum CourseAccessTypeEnum {
  FREE = "FREE",
  PAID = "PAID",
  SUBSCRIPTION = "SUBSCRIPTION",
}
registerEnumType(CourseAccessTypeEnum, {
  name: "CourseAccessType",
  description: "How access to a course is granted.",
});

export enum LessonTypeEnum {
  VIDEO = "VIDEO",
  ARTICLE = "ARTICLE",
  DOCUMENT = "DOCUMENT",
  QUIZ = "QUIZ",
  ASSIGNMENT = "ASSIGNMENT",
  SCORM = "SCORM",
}
registerEnumType(LessonTypeEnum, { name: "LessonType", description: "What a lesson consists of." });

export enum CourseOrderFieldEnum {
  RELEVANCE = "RELEVANCE",
  NEWEST = "NEWEST",
  RATING = "RATING",
  PRICE = "PRICE",
  POPULARITY = "POPULARITY",
}
registerEnumType(CourseOrderFieldEnum, {
  name: "CourseOrderField",
  description: "What the course list is sorted by.",
  valuesConfig: {
    RELEVANCE: {
      description: "Full-text rank of the search query (descending); without a query, like POPULARITY.",
    },
    NEWEST: { description: "Publication date (descending by default)." },
    RATING: { description: "Average review rating, then review count (descending by default)." },
    PRICE: { description: "List price in cents (ascending by default)." },
    POPULARITY: { description: "Number of students (descending by default)." },
  },
});

export enum OrderDirectionEnum {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirectionEnum, {
  name: "OrderDirection",
  description: "Sort direction.",
  valuesConfig: {
    ASC: { description: "Smallest (or oldest) first." },
    DESC: { description: "Largest (or newest) first." },
  },
});
