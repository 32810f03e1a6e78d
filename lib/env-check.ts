import { appEnv, EnvError } from "./env";

/** Validates the app's settings; on a bad one, says which and exits before any work. */
export function checkAppEnvOrExit(): void {
  try {
    appEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`parley: ${error.message}`);
    process.exit(1);
  }
}
