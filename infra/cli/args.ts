import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** What a command says of itself: its name (as `npm run <name>`), one line of purpose, and its usage text. */
export interface Command<O extends ParseArgsOptionsConfig> {
  name: string;
  usage: string;
  options: O;
  positionals?: boolean;
}

type ParsedValues<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values'];

/** Usage errors exit 2, as Unix tools do; failures of the work itself exit 1. */
export const USAGE_EXIT = 2;

/**
 * Reads a command's arguments as a Unix tool does: `--help` (or `-h`) prints the usage on stdout and exits 0; an
 * unknown option, a missing value or a stray argument prints one line naming it and the usage hint on stderr and
 * exits 2, never a stack trace.
 */
export function commandArgs<O extends ParseArgsOptionsConfig>(
  command: Command<O>,
  args = process.argv.slice(2),
) {
  try {
    const parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: command.positionals ?? false,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(command.usage.trim());
      process.exit(0);
    }
    return parsed as { values: ParsedValues<O>; positionals: string[] };
  } catch (error) {
    // Node's words, less the advice on positionals that follows the first sentence.
    return usageError(command, (error as Error).message.split(/\.\s/)[0] as string);
  }
}

/** One line naming what is wrong with the arguments, the usage hint, and exit 2. */
export function usageError(command: { name: string }, problem: string): never {
  console.error(`${command.name}: ${problem.split('\n')[0]}`);
  console.error(`Try 'npm run ${command.name} -- --help'.`);
  process.exit(USAGE_EXIT);
}
