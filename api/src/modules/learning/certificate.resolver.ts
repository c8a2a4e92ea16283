import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../../context.js";
import { PageArgsInput } from "../../graphql/page-args.js";
import { type CourseRow, courseById } from "../catalog/catalog.loaders.js";
import { Course } from "../catalog/catalog.types.js";
import { courseIfVisible } from "../catalog/course-access.js";
import { userById } from "../identity/identity.loaders.js";
import { User, type UserSource } from "../identity/identity.types.js";
import {
  Certificate,
  CertificateConnection,
  type CertificateRow,
  CertificateValidityEnum,
  CertificateVerification,
  validityOf,
} from "./certificate.types.js";

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateVerification, {
    nullable: true,
    description:
      "Checks a certificate by its verification code, without signing in: holder, course, dates and validity. Null when no certificate has this code.",
  })
  verifyCertificate(
    @Arg("code", () => String, {
      description: "The code printed on the certificate (case and dashes ignored).",
    })
    code: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.certificates.verify(code);
  }

  @Query(() => CertificateConnection, { description: "The viewer's certificates, newest first." })
  async myCertificates(@Args(() => PageArgsInput) page: PageArgsInput, @Ctx() ctx: AppContext) {
    return ctx.services.certificates.listMine(await ctx.requireViewer(), page);
  }

  @FieldResolver(() => CertificateValidityEnum, { description: "Whether it is valid now." })
  validity(@Root() certificate: CertificateRow): CertificateValidityEnum {
    return validityOf(certificate);
  }

  @FieldResolver(() => User, { nullable: true, description: "The holder." })
  holder(@Root() certificate: CertificateRow, @Ctx() ctx: AppContext): Promise<UserSource | null> {
    return userById(ctx).load(certificate.userId);
  }

  @FieldResolver(() => Course, {
    nullable: true,
    description: "The course, while it is visible to the viewer.",
  })
  async course(@Root() certificate: CertificateRow, @Ctx() ctx: AppContext): Promise<CourseRow | null> {
    return courseIfVisible(ctx, await courseById(ctx).load(certificate.courseId));
  }
}
