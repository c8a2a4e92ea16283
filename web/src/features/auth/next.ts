/** Where to go after signing in: only paths of this app, never another origin. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//")) return "/courses";
  return next;
}
