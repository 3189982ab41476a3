/** One validation problem, printed as `geodata/<file> › <id> › <field>: <message>`. */
export interface Problem {
  file: string;
  id: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `geodata/${p.file} › ${p.id} › ${p.field}: ${p.message}`;
}

/**
 * Hostile data must not forge or garble the report: control characters (newlines, terminal escapes)
 * are shown escaped, the ` › ` separator cannot appear inside an id or field, and long values are cut.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function printable(text: string, max: number, separator = false): string {
  let out = text.replace(
    UNPRINTABLE,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (separator) out = out.replace(/›/g, '\\u203a');
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

/** Collects problems for one file so call sites only name the record and field. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  add(file: string, id: string, field: string, message: string): void {
    this.problems.push({
      file,
      id: printable(id, 80, true) || '(no id)',
      field: printable(field, 120, true) || '(record)',
      message: printable(message, 400),
    });
  }
}
