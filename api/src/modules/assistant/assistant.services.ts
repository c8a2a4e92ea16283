import type { ServiceDeps } from "../../services.js";
import { AssistantService } from "./assistant.service.js";
import { createOpenAiCompatibleProvider } from "./assistant-provider.js";

export function createAssistantServices(deps: ServiceDeps) {
  const { assistant } = deps.config;
  return {
    assistant: new AssistantService({
      prisma: deps.prisma,
      provider: assistant ? createOpenAiCompatibleProvider(assistant) : null,
    }),
  };
}
