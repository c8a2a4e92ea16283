// A one-line text progress bar on stderr for the seed CLI (no dependency: cli-progress is not
// installed). On a terminal it redraws in place; otherwise it prints a line per phase and 25%.
import type { ScaleProgress } from "./scale-batches.js";

export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: ScaleProgress) => void {
  const started = Date.now();
  let phase = "";
  let lastQuarter = -1;
  return ({ phase: current, done, total }) => {
    const ratio = total === 0 ? 1 : done / total;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(ratio * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      stream.write(
        `\r${current.padEnd(22)} ${bar} ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total} ${seconds}s\x1b[K`,
      );
      if (done >= total) stream.write("\n");
      return;
    }
    const quarter = Math.floor(ratio * 4);
    if (current !== phase || quarter !== lastQuarter) {
      phase = current;
      lastQuarter = quarter;
      stream.write(`${current}: ${done}/${total} (${Math.round(ratio * 100)}%) ${seconds}s\n`);
    }
  };
}
