import {
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  JSONResolver,
  LocalTimeResolver,
  TimeZoneResolver,
  URLResolver,
} from "graphql-scalars";

/**
 * Scalars from graphql-scalars. DateTime is mapped to JS Date for every Date
 * field (type-graphql's default) so resolvers return Prisma's values as they are.
 */
export const DateTimeScalar = DateTimeResolver;
export const DateScalar = DateResolver;
export const LocalTimeScalar = LocalTimeResolver;
export const TimeZoneScalar = TimeZoneResolver;
export const EmailAddressScalar = EmailAddressResolver;
export const URLScalar = URLResolver;
export const JSONScalar = JSONResolver;
