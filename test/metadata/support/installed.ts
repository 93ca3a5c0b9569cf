/** Whether a command is on PATH: the compiler checks skip, naming what is missing, without it. */
import { execFileSync } from 'node:child_process';

export function installed(tool: string): boolean {
  try { execFileSync('which', [tool], { stdio: 'ignore' }); return true; } catch { return false; }
}
