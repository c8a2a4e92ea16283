/** The problems no field of the form shows (from the API), listed above the form and announced. */
export function FormErrors({ messages }: { messages: ReadonlyArray<string> }) {
  if (messages.length === 0) return null;
  return (
    <ul className="notice notice--error" role="alert">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
