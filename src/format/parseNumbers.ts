/**
 * Reads a list of numbers the way a student pastes one: a row or column from a spreadsheet
 * (commas, semicolons, tabs, spaces or newlines; an optional header row), or the printout of a
 * model's output from PyTorch or NumPy (`tensor([[ 2.1, -0.3]], grad_fn=…)`,
 * `array([1., 2.5e-03])`). Pure and total: any text gives either the numbers or one error
 * naming the cell (1-based row and column, as a spreadsheet shows them), never an exception.
 * Error codes are worded by the UI in the reader's language.
 */

export type ParseError =
  | { code: 'empty' }
  | { code: 'notNumber'; row: number; col: number; cell: string }
  | { code: 'notFinite'; row: number; col: number; cell: string }
  | { code: 'tooMany'; max: number; count: number }
  | { code: 'tooFew'; min: number; count: number }
  | { code: 'ragged'; row: number; expected: number; got: number }
  | { code: 'truncated'; row: number; col: number };

export type ParseResult = { ok: true; values: number[]; rows: number; cols: number; header: string[] | null } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** Most values accepted (default 5000): a paste of a whole data set gets a message, not a frozen tab. */
  maxValues?: number;
  /** Fewest values accepted (default 1). */
  minValues?: number;
}

/** Longest text looked at; anything longer cannot be a list of at most maxValues numbers anyway. */
const MAX_CHARS = 400_000;

/** A number as people and NumPy print it: 1, -2.5, .5, 1e-3, 1E+4, 2., with a Unicode minus too. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * What a console adds around a printout: `>>> model(x)` echo lines, IPython's `Out[3]: ` and
 * NumPy 2's scalar reprs (`np.float32(1.5)` inside a list), none of which is data.
 */
function stripConsole(text: string): string {
  // Most pastes have none of it: skip the line-by-line pass (the fuzz tests feed it a lot).
  if (!/>>>|\.\.\.\s|In \[|Out\[|np\.|numpy\./.test(text)) return text;
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !/^\s*(?:>>>|\.\.\.\s|In \[\d*\]:)/.test(line))
    .join('\n')
    .replace(/^\s*Out\[\d*\]:\s*/, '')
    .replace(/\b(?:np|numpy)\.(?:float|int|uint)\d*\(([^()]*)\)/g, '$1');
}

/** `tensor(…)` / `array(…)` printouts: keep what is inside the outer brackets, drop keyword args. */
function unwrapPrintout(text: string): string {
  const clean = stripConsole(text);
  const m = /^\s*(?:tensor|array|torch\.tensor|np\.array|numpy\.array)\s*\(([\s\S]*)\)\s*$/.exec(clean);
  if (!m) return clean;
  let body = m[1];
  // `, dtype=float32)`, `, grad_fn=<AddmmBackward0>)`, `, device='cuda:0')`, `, requires_grad=True)`.
  const kw = /,\s*[a-z_]+\s*=/.exec(body);
  if (kw) body = body.slice(0, kw.index);
  return body;
}

/** Splits pasted text into rows of cells. Brackets separate rows (`[[1, 2], [3, 4]]`). */
function cellsOf(text: string): string[][] {
  let body = unwrapPrintout(text);
  // In a bracketed printout the brackets, not the line breaks, delimit rows: NumPy and
  // PyTorch wrap a long row over several lines (at 75 and 80 characters).
  if (body.includes('[')) body = body.replace(/[\r\n]+/g, ' ');
  const flat = body
    .replace(/\]\s*,?\s*\[/g, '\n') // row boundaries of nested lists
    .replace(/[[\]]/g, ' ')
    .replace(/\u2212/g, '-'); // Unicode minus, as typeset pages and our own readouts print it
  return flat
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line
        .split(/[,;\t ]+/)
        .map((c) => c.trim())
        .filter((c) => c !== ''),
    )
    .filter((row) => row.length > 0);
}

// No number anyone pastes is longer than this; the length check also keeps the regular
// expression linear (a 200 000-digit cell ending in a letter would otherwise backtrack).
const MAX_CELL = 64;
const isNumberCell = (c: string) => c.length <= MAX_CELL && (NUMBER.test(c) || /^[+-]?(?:inf|infinity|nan)$/i.test(c));

export function parseNumbers(text: string, { maxValues = 5000, minValues = 1 }: ParseOptions = {}): ParseResult {
  if (text.length > MAX_CHARS) return { ok: false, error: { code: 'tooMany', max: maxValues, count: Math.ceil(text.length / 2) } };
  const rows = cellsOf(text);
  if (rows.length === 0) return { ok: false, error: { code: 'empty' } };
  // A first row with no number in it is a header (`logit,label` or `cat dog pig`).
  const header = rows.length > 1 && rows[0].every((c) => !isNumberCell(c)) ? rows.shift() ?? null : null;
  const cols = rows[0].length;
  const values: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const shownRow = r + 1 + (header ? 1 : 0);
    if (row.length !== cols) return { ok: false, error: { code: 'ragged', row: shownRow, expected: cols, got: row.length } };
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      // A printout summarised by NumPy/PyTorch (`[1., 2., ..., 9.]`) has lost its middle.
      if (/^(?:\.\.\.|…)$/.test(cell)) return { ok: false, error: { code: 'truncated', row: shownRow, col: c + 1 } };
      if (!isNumberCell(cell)) return { ok: false, error: { code: 'notNumber', row: shownRow, col: c + 1, cell: cell.slice(0, 24) } };
      const v = Number(cell.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity').replace(/^[+-]?nan$/i, 'NaN'));
      if (!Number.isFinite(v)) return { ok: false, error: { code: 'notFinite', row: shownRow, col: c + 1, cell: cell.slice(0, 24) } };
      values.push(v);
      if (values.length > maxValues) return { ok: false, error: { code: 'tooMany', max: maxValues, count: rows.reduce((a, x) => a + x.length, 0) } };
    }
  }
  if (values.length < minValues) return { ok: false, error: { code: 'tooFew', min: minValues, count: values.length } };
  return { ok: true, values, rows: rows.length, cols, header };
}
