import type { CodegenConfig } from "@graphql-codegen/cli";

// The committed schema.graphql (emitted by the API) is the single source: the
// web types are generated from it, never from a running server.
const scalars = {
  DateTime: "string",
  Date: "string",
  LocalTime: "string",
  TimeZone: "string",
  EmailAddress: "string",
  URL: "string",
  JSON: "unknown",
};

// Two projects over the one schema: the web app, and the partner SDK (sdk/, its documented
// operations only). `codegen --check` covers both.
const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "web/src/gql/": {
      documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**/*"],
      preset: "client",
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "useFragment" },
        // Components import `gql/gql` and `gql/fragment-masking` directly.
        skipIndexFile: true,
      },
      config: {
        // Client preset 6 replaced `enumsAsTypes: true` with `enumType`:
        // enums become string-literal unions, so no runtime enum objects ship.
        enumType: "string-literal",
        useTypeImports: true,
        strictScalars: true,
        scalars,
      },
    },
    "sdk/src/gql/": {
      documents: ["sdk/src/operations.ts"],
      preset: "client",
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      // Node ESM: generated imports carry their .js extension.
      config: {
        enumType: "string-literal",
        useTypeImports: true,
        strictScalars: true,
        scalars,
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
