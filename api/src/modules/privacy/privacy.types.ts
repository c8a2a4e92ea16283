import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../graphql/scalars.js";
import { UserError } from "../../graphql/user-error.js";

@InputType({ description: "Erase the viewer's personal data and close the account." })
export class DeleteMyAccountInput {
  @Field(() => String, { description: 'Must be exactly "DELETE MY ACCOUNT".' })
  confirmation!: string;

  @Field(() => String, {
    nullable: true,
    description: "The current password; required when the account has one.",
  })
  password?: string | null;
}

@InputType({ description: "Erase a user's personal data (admins)." })
export class DeleteUserInput {
  @Field(() => ID, { description: "The user." })
  userId!: string;
}

@ObjectType({ description: "Result of deleteMyAccount and deleteUser." })
export class DeleteAccountPayload {
  @Field(() => ID, { nullable: true, description: "Global id of the anonymized user." })
  deletedUserId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the account was anonymized." })
  deletedAt!: Date | null;

  @Field(() => [UserError], { description: "Why the request failed, if it did." })
  userErrors!: UserError[];
}
