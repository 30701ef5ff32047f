/**
 * A small syntax highlighter for the generated Verilog and C++: enough classes (keyword,
 * number, comment, string, directive) to make the code readable, no dependency. One sticky
 * regular expression per language walks the text; whatever no rule claims is plain text,
 * so joining the tokens always gives the input back (the test holds that).
 */
export type TokenClass = 'keyword' | 'number' | 'comment' | 'string' | 'directive' | 'plain';
export interface Token {
  cls: TokenClass;
  text: string;
}
export type CodeLanguage = 'verilog' | 'cpp';

const VERILOG_KEYWORDS = [
  'module', 'endmodule', 'input', 'output', 'inout', 'wire', 'reg', 'integer', 'signed', 'unsigned',
  'assign', 'always', 'initial', 'begin', 'end', 'if', 'else', 'case', 'casez', 'endcase', 'default',
  'for', 'while', 'repeat', 'forever', 'function', 'endfunction', 'localparam', 'parameter', 'posedge',
  'negedge', 'or', 'and', 'not', 'generate', 'endgenerate', 'genvar', 'automatic', 'task', 'endtask',
];
const CPP_KEYWORDS = [
  'typedef', 'const', 'static', 'constexpr', 'return', 'if', 'else', 'for', 'while', 'do', 'switch',
  'case', 'default', 'break', 'continue', 'int', 'unsigned', 'signed', 'long', 'short', 'char', 'bool',
  'double', 'float', 'void', 'auto', 'true', 'false', 'struct', 'class', 'template', 'typename',
  'namespace', 'using', 'sizeof', 'inline', 'ap_fixed', 'ap_ufixed', 'ap_int', 'ap_uint',
];

const words = (list: readonly string[]) => `\\b(?:${list.join('|')})\\b`;

// Alternatives in priority order; each is one capture group, in the order of CLASSES.
const CLASSES: readonly TokenClass[] = ['comment', 'string', 'directive', 'number', 'keyword'];
const RULES: Record<CodeLanguage, RegExp> = {
  verilog: new RegExp(
    [
      String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
      String.raw`"(?:[^"\\\n]|\\.)*"?`,
      // compiler directives and system tasks: `timescale, $display, $finish
      String.raw`\x60[A-Za-z_]\w*|\$[A-Za-z_]\w*`,
      // sized and based literals (12'sd216, 'b1, 4'hF), then plain decimals
      String.raw`(?:\d[\d_]*)?'[sS]?[bBoOdDhH][0-9a-fA-FxXzZ_?]+|\b\d[\d_]*(?:\.\d+)?\b`,
      words(VERILOG_KEYWORDS),
    ].map((r) => `(${r})`).join('|'),
    'y',
  ),
  cpp: new RegExp(
    [
      String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
      String.raw`"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)'`,
      String.raw`^[ \t]*#[ \t]*\w+`,
      String.raw`\b0[xX][0-9a-fA-F']+[uUlL]*\b|(?:\b\d[\d']*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[uUlLfF]*\b`,
      words(CPP_KEYWORDS),
    ].map((r) => `(${r})`).join('|'),
    'my',
  ),
};

/** Splits code into classed tokens; adjacent plain characters are merged into one token. */
export function tokenize(code: string, lang: CodeLanguage): Token[] {
  const re = RULES[lang];
  const out: Token[] = [];
  const push = (cls: TokenClass, text: string) => {
    const last = out[out.length - 1];
    if (cls === 'plain' && last?.cls === 'plain') last.text += text;
    else out.push({ cls, text });
  };
  let i = 0;
  while (i < code.length) {
    re.lastIndex = i;
    const m = re.exec(code);
    // A match must start where we are (sticky) and consume something; identifiers are
    // skipped whole so a keyword inside one (e.g. "end" in "endpoint_x") is not split out.
    if (m && m[0].length > 0) {
      const g = m.slice(1).findIndex((s) => s !== undefined);
      push(CLASSES[g], m[0]);
      i += m[0].length;
      continue;
    }
    const ident = /^[A-Za-z_]\w*/.exec(code.slice(i, i + 256));
    const step = ident ? ident[0].length : 1;
    push('plain', code.slice(i, i + step));
    i += step;
  }
  return out;
}
