/**
 * Lets a process keep logging after whoever reads its stdout has gone (`npm start | head`, a
 * test that stopped reading): writes to the closed pipe are dropped instead of crashing the
 * process with an unhandled EPIPE while it serves or shuts down.
 */
export function ignoreClosedStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}
