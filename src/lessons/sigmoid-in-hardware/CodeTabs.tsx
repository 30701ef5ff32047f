import { useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { headLines, HDL_FILE_KINDS, type HdlFile, type HdlFileKind } from './hdl';
import { tokenize } from './highlight';
import { NS } from './strings';

/** Saves text as a file: a Blob behind a temporary link (no server involved). */
function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The shown part of one file, highlighted. Only the shown lines are tokenized (a testbench can be 1.6 MB). */
function CodeView({ file, label }: { file: HdlFile; label: string }) {
  const { t } = useTranslation(NS);
  const head = useMemo(() => headLines(file.text), [file.text]);
  const tokens = useMemo(() => tokenize(head.text, file.lang), [head.text, file.lang]);
  return (
    <>
      {/* Focusable so the keyboard can scroll it; labelled by the file it shows. */}
      <pre className="hw-code" tabIndex={0} aria-label={label} data-testid={`hdl-code-${file.kind}`}>
        <code>
          {tokens.map((tk, k) => (tk.cls === 'plain' ? tk.text : <span key={k} className={`hl-${tk.cls}`}>{tk.text}</span>))}
        </code>
      </pre>
      {head.hidden > 0 && <p className="hw-code-more">{t('hdl.moreLines', { n: head.hidden.toLocaleString('en-US'), file: file.filename })}</p>}
    </>
  );
}

/**
 * The three generated files as tabs (WAI-ARIA tabs: arrow keys, Home and End move between
 * them, the selected tab alone is in the tab order), each with its download button.
 */
export function CodeTabs({ files, selected, onSelect }: { files: HdlFile[]; selected: HdlFileKind; onSelect: (k: HdlFileKind) => void }) {
  const { t } = useTranslation(NS);
  const base = useId();
  const refs = useRef<Partial<Record<HdlFileKind, HTMLButtonElement | null>>>({});
  const file = files.find((f) => f.kind === selected) ?? files[0];
  const move = (e: KeyboardEvent, k: number) => {
    const n = HDL_FILE_KINDS.length;
    const to = e.key === 'ArrowRight' ? (k + 1) % n : e.key === 'ArrowLeft' ? (k + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(HDL_FILE_KINDS[to]);
    refs.current[HDL_FILE_KINDS[to]]?.focus();
  };
  return (
    <div className="hw-code-tabs">
      <div role="tablist" aria-label={t('hdl.files')} className="hw-tablist">
        {HDL_FILE_KINDS.map((kind, k) => (
          <button
            key={kind}
            ref={(el) => {
              refs.current[kind] = el;
            }}
            role="tab"
            type="button"
            id={`${base}-tab-${kind}`}
            aria-selected={kind === file.kind}
            aria-controls={`${base}-panel`}
            tabIndex={kind === file.kind ? 0 : -1}
            onClick={() => onSelect(kind)}
            onKeyDown={(e) => move(e, k)}
          >
            {t(`hdl.tab.${kind}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${file.kind}`} className="hw-tabpanel">
        <div className="hw-file-bar">
          <code className="hw-filename">{file.filename}</code>
          <button type="button" className="button small hw-download" onClick={() => downloadText(file.text, file.filename)} data-testid="hdl-download">
            {t('hdl.download', { file: file.filename })}
          </button>
        </div>
        <CodeView file={file} label={t('hdl.codeLabel', { file: file.filename })} />
      </div>
    </div>
  );
}
