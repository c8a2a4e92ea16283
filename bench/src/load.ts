// autocannon runs reduced to the figures the table shows.
import autocannon from "autocannon";

export interface LoadStats {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  durationS: number;
}

export type CannonOptions = autocannon.Options;

export async function cannon(options: CannonOptions): Promise<LoadStats> {
  const result = await autocannon({ ...options, timeout: 10 });
  return {
    requests: result.requests.total,
    rps: result.requests.total / Math.max(0.001, result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    durationS: result.duration,
  };
}

export const jsonPost = (body: object) => ({
  method: "POST" as const,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
