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

/** Collects problems for one file so call sites only name the record and field. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  add(file: string, id: string, field: string, message: string): void {
    this.problems.push({ file, id: id || '(no id)', field: field || '(record)', message });
  }
}
