import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { connectionType } from "../../graphql/connection.js";
import { Money } from "../../graphql/money.js";
import { Node } from "../../graphql/node.js";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";
import { CourseFormatEnum } from "../catalog/catalog.enums.js";
import { TrainingCourseTypeEnum } from "../training/training.enums.js";
import { DiscountScopeEnum, DiscountTypeEnum } from "./commerce.enums.js";

@ObjectType({
  implements: Node,
  description: "A discount code (promotional codes and training discount codes merged); admins only.",
})
export class DiscountCode extends Node {
  @Field(() => String, { description: "The code customers type (stored uppercase; matching ignores case)." })
  code!: string;

  @Field(() => String, { nullable: true, description: "What it is for." })
  description!: string | null;

  @Field(() => DiscountTypeEnum, { description: "Percentage or fixed amount." })
  discountType!: DiscountTypeEnum;

  @Field(() => Int, { description: "Whole percent (PERCENTAGE) or cents (FIXED_AMOUNT)." })
  discountValue!: number;

  @Field(() => String, {
    nullable: true,
    description: "Currency of a fixed amount and of the minimum purchase.",
  })
  currency!: string | null;

  @Field(() => Int, { nullable: true, description: "Minimum purchase in cents, if any." })
  minPurchaseCents!: number | null;

  @Field(() => DiscountScopeEnum, { description: "What it applies to." })
  scope!: DiscountScopeEnum;

  @Field(() => CourseFormatEnum, { nullable: true, description: "Only courses of this format, when set." })
  format!: CourseFormatEnum | null;

  @Field(() => TrainingCourseTypeEnum, {
    nullable: true,
    description: "Only in-person courses of this type, when set.",
  })
  courseTypeRestriction!: TrainingCourseTypeEnum | null;

  @Field(() => Int, { nullable: true, description: "Total uses allowed (null: unlimited)." })
  maxUses!: number | null;

  @Field(() => Int, { nullable: true, description: "Uses allowed per customer (null: unlimited)." })
  maxUsesPerUser!: number | null;

  @Field(() => Int, { description: "Uses so far." })
  usedCount!: number;

  @Field(() => DateTimeScalar, { description: "Valid from this instant." })
  validFrom!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Valid until this instant (exclusive); null: no end.",
  })
  validUntil!: Date | null;

  @Field(() => Boolean, { description: "Switched on." })
  isActive!: boolean;

  @Field(() => DateTimeScalar, { description: "When it was created." })
  createdAt!: Date;
}

export const DiscountCodeConnection = connectionType(
  DiscountCode,
  "DiscountCode",
  "A page of discount codes, newest first.",
);

@InputType({ description: "Which discount codes to list." })
export class DiscountCodeFilterInput {
  @Field(() => Boolean, { nullable: true, description: "Only active codes." })
  activeOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: "Codes containing this text." })
  search?: string | null;
}

// Shared by create and update (type-graphql inherits fields only from a decorated class; unused
// input types are not emitted, so this one stays out of the schema).
@InputType({ description: "Fields of a discount code; on update, omitted fields stay as they are." })
class DiscountCodeFields {
  @Field(() => String, { nullable: true, description: "What it is for." })
  description?: string | null;

  @Field(() => DiscountTypeEnum, {
    nullable: true,
    description: "Percentage or fixed amount (required on create).",
  })
  discountType?: DiscountTypeEnum;

  @Field(() => Int, { nullable: true, description: "Whole percent 1–100, or cents (required on create)." })
  discountValue?: number;

  @Field(() => String, { nullable: true, description: "ISO 4217; required for fixed amounts." })
  currency?: string | null;

  @Field(() => Int, { nullable: true, description: "Minimum purchase in cents." })
  minPurchaseCents?: number | null;

  @Field(() => DiscountScopeEnum, { nullable: true, description: "What it applies to (default ALL)." })
  scope?: DiscountScopeEnum;

  @Field(() => [ID], { nullable: true, description: "Only these courses, when not empty." })
  applicableCourseIds?: string[] | null;

  @Field(() => CourseFormatEnum, { nullable: true, description: "Only courses of this format." })
  format?: CourseFormatEnum | null;

  @Field(() => TrainingCourseTypeEnum, {
    nullable: true,
    description: "Only in-person courses of this type.",
  })
  courseTypeRestriction?: TrainingCourseTypeEnum | null;

  @Field(() => Int, { nullable: true, description: "Total uses allowed; null for unlimited." })
  maxUses?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Uses per customer (default 1 on create); null for unlimited.",
  })
  maxUsesPerUser?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Valid from (default now)." })
  validFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Valid until; null for no end." })
  validUntil?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Switched on (default true)." })
  isActive?: boolean | null;
}

@InputType({ description: "Create a discount code (admins)." })
export class CreateDiscountCodeInput extends DiscountCodeFields {
  @Field(() => String, { description: "The code (letters, digits, - and _; stored uppercase)." })
  code!: string;
}

@InputType({ description: "Change a discount code (admins)." })
export class UpdateDiscountCodeInput extends DiscountCodeFields {
  @Field(() => ID, { description: "The code to change." })
  id!: string;
}

@InputType({ description: "Delete a discount code nobody used (admins); deactivate used ones instead." })
export class DeleteDiscountCodeInput {
  @Field(() => ID, { description: "The code to delete." })
  id!: string;
}

@ObjectType({ description: "Result of the discount-code mutations." })
export class DiscountCodePayload {
  @Field(() => DiscountCode, { nullable: true, description: "The code as saved." })
  discountCode!: DiscountCode | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@ObjectType({ description: "Result of `deleteDiscountCode`." })
export class DeleteDiscountCodePayload {
  @Field(() => ID, { nullable: true, description: "Global id of the deleted code." })
  deletedDiscountCodeId!: string | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}

@InputType({ description: "A code and exactly one thing to buy with it." })
export class ValidateDiscountCodeInput {
  @Field(() => String, { description: "The code as typed." })
  code!: string;

  @Field(() => ID, { nullable: true, description: "A course to buy." })
  courseId?: string | null;

  @Field(() => ID, { nullable: true, description: "A class to book a seat in." })
  scheduleId?: string | null;

  @Field(() => ID, { nullable: true, description: "A tutoring slot to book." })
  slotId?: string | null;
}

@ObjectType({ description: "What a discount code would take off a purchase (nothing is redeemed)." })
export class DiscountPreview {
  @Field(() => String, { description: "The code, normalized." })
  code!: string;

  @Field(() => Boolean, { description: "Whether it applies now for the viewer." })
  valid!: boolean;

  @Field(() => Money, { description: "Price before the discount." })
  originalPrice!: Money;

  @Field(() => Money, { description: "Discount (zero when not valid)." })
  discount!: Money;

  @Field(() => Money, { description: "Price to pay." })
  finalPrice!: Money;

  @Field(() => [UserError], {
    description: "Why it does not apply (EXPIRED, INACTIVE, NOT_APPLICABLE, BELOW_MINIMUM…).",
  })
  userErrors!: UserError[];
}
